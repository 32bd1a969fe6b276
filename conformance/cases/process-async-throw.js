async function f() {
  console.log('in async fn');
  throw new RangeError('async failure');
}
f();
process.on('exit', (c) => console.log('exit', c));
