// The global object's own enumerable keys in Node's order, and the lazy globals' descriptors
// before and after the program reads them (accessors become data properties a microtask later).
console.log(Object.keys(globalThis));
const describe = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return `${name}: enumerable=${d.enumerable} configurable=${d.configurable}`;
};
for (const name of ['global', 'performance', 'setTimeout', 'fetch', 'crypto', 'process', 'Buffer', 'URL']) {
  console.log(describe(name));
}
console.log(typeof Buffer, typeof URL, typeof setTimeout);
queueMicrotask(() => {
  for (const name of ['Buffer', 'URL', 'setTimeout']) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    console.log(name, 'value' in d, typeof d.value, d.writable);
  }
  globalThis.Buffer = 'replaced';
  console.log(Buffer);
});
