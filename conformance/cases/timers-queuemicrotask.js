queueMicrotask(() => console.log('micro 1'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => {
  console.log('micro 2');
  queueMicrotask(() => console.log('micro nested'));
});
console.log('sync');
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
