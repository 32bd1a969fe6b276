// string_decoder — write()/end() with strings, typed arrays, DataView and invalid inputs.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write('plain')), JSON.stringify(d.write('')), JSON.stringify(d.end('tail')));
d.write(Buffer.from([0xe2]));
console.log(JSON.stringify(d.write('str-in-middle')), d.lastNeed);
console.log(JSON.stringify(d.write(Buffer.from([0x82, 0xac]))));
console.log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))));
console.log(JSON.stringify(d.write(new Uint16Array([0x6968]))));
console.log(JSON.stringify(d.write(new Float32Array([0]))));
console.log(JSON.stringify(d.write(new DataView(new Uint8Array([0x64, 0x76, 0x77]).buffer, 0, 2))));
console.log(JSON.stringify(d.write(Buffer.alloc(0))), JSON.stringify(d.end(Buffer.alloc(0))));
const hex = new StringDecoder('hex');
console.log(hex.write('not-converted'), hex.write(new Uint8Array([1, 2])));
for (const bad of [undefined, null, 5, true, {}, [0x41], new ArrayBuffer(2), Symbol('s')]) {
  try {
    console.log('ok', JSON.stringify(new StringDecoder('utf8').write(bad)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const bad of [5, {}, [0x41], new ArrayBuffer(1)]) {
  try {
    console.log('end ok', JSON.stringify(new StringDecoder('utf8').end(bad)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
