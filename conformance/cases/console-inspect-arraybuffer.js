console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(4));
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 255, 16]);
console.log(buf);
console.log(new ArrayBuffer(60));
console.log({ buf: new ArrayBuffer(2) });
console.log(new SharedArrayBuffer(3));
