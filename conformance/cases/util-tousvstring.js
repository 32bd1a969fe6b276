const { toUSVString } = require('util');
const show = (v) => {
  try {
    const s = toUSVString(v);
    console.log(JSON.stringify(s), [...s].map((c) => c.codePointAt(0).toString(16)).join(' '));
  } catch (e) {
    console.log(e.name); // the message is the engine's own
  }
};
show('abc');
show('a\ud800b');
show('\udc00x');
show('\ud83d\ude00');
show('\ud83d');
show('\ud800\ud800\udc00');
show('');
show(42);
show(null);
show(undefined);
show([1, 'a\udfff']);
show({ toString() { return '\udbff'; } });
show(Symbol('s'));
console.log(toUSVString.length);
