// punycode: labels, domains, emails, UCS-2 helpers, round trips and errors.
const punycode = require('punycode');
console.log(Object.keys(punycode), punycode.version);
for (const s of ['mañana', 'bücher', 'ü', 'abc', '', '他们为什么不说中文', 'Pročprostěnemluvíčesky', '😀emoji', 'a-b-c']) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toASCII('example.com'), punycode.toASCII('a\u3002b'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('plain.org'));
console.log(punycode.ucs2.decode('a😀\uD800b'), punycode.ucs2.encode([97, 128512, 98]));
for (const bad of ['ü', 'a-99999999999', 'zz-9']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
}
