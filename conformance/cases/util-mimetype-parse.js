'use strict';
// util.MIMEType: parsing, serialization, the type/subtype setters and ERR_INVALID_MIME_SYNTAX.
const { MIMEType } = require('util');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}

for (const input of [
  'text/html', '  Text/HTML ; Charset="utf-8" ; a=b;c;d=;e="x\\"y" ', 'a`b/c`d;e`f=g`h',
  '\na/b\n', '\ta/b ;  x=y  ', 'a/b;x="y', 'a/b;x="y\\', 'a/b;x="a"bc;z=1', 'a/b;x=é',
  'a/b;x=\u0100', 'a/b;;x=1', 'a/b;=1;x=2', 'a/b;x=1;x=2', 'a/b;X=1;x=2', 'a/b;x ;y=2',
  'a/b;x= 1', 'a/b;x =1', 'a/b;x=""', 'a/b;x', 'A/B;CHARSET=UTF-8', 'a/b;x="a;b"', 'a/b ',
  '', 'text', '/html', 'te xt/html', 'text/', 'text/ht ml', 'a b', '` ', 'a\r', '\fa/b',
  '  a b/c ', '  a/b c ', 'a/ ', 'a/;x=1', 'a/b/c', 'é/b', 'a/b\u0000',
]) {
  attempt(JSON.stringify(input), () => {
    const mime = new MIMEType(input);
    return [mime.type, mime.subtype, mime.essence, mime.toString(), [...mime.params]];
  });
}

attempt('number', () => String(new MIMEType(5)));
attempt('undefined', () => String(new MIMEType()));
attempt('object', () => new MIMEType({ toString() { return 'a/b;x=1'; } }).params.get('x'));

const mime = new MIMEType('text/javascript;charset=utf-8;FOO=bar');
attempt('json', () => JSON.stringify(mime));
attempt('template', () => `${mime}`);
attempt('toJSON is toString', () => MIMEType.prototype.toJSON === MIMEType.prototype.toString);
for (const value of ['Application', 'x-Y', '', 'a b', 'x ', 'X;y', null, 5]) {
  attempt(`type = ${JSON.stringify(value)}`, () => {
    mime.type = value;
    return mime.essence;
  });
}
for (const value of ['X-JS', 'a/b', '', ' x', 'b;c']) {
  attempt(`subtype = ${JSON.stringify(value)}`, () => {
    mime.subtype = value;
    return mime.essence;
  });
}
attempt('essence is read-only', () => [Reflect.set(mime, 'essence', 'a/b'), mime.essence]);
attempt('final', () => mime.toString());
attempt('length', () => [MIMEType.length, MIMEType.name]);
attempt('keys', () => Object.keys(mime));
