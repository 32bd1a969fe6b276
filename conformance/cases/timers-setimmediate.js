console.log('sync');
setImmediate(() => console.log('immediate 1'));
setImmediate((a, b) => console.log('immediate 2 args', a, b), 'A', 'B');
const im = setImmediate(() => console.log('never'));
clearImmediate(im);
setImmediate(() => {
  console.log('immediate 3');
  setImmediate(() => console.log('immediate from immediate (next loop)'));
  process.nextTick(() => console.log('nextTick inside immediate'));
  Promise.resolve().then(() => console.log('promise inside immediate'));
});
setImmediate(() => console.log('immediate 4'));
console.log(typeof im, im.constructor.name, typeof im.hasRef, im.hasRef());
