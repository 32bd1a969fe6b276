const obj = {};
Error.captureStackTrace(obj);
console.log(typeof obj.stack, obj.stack.split('\n')[0]);
const named = { name: 'Custom', message: 'with message' };
Error.captureStackTrace(named);
console.log(named.stack.split('\n')[0]);
const msgOnly = { message: 'only message' };
Error.captureStackTrace(msgOnly);
console.log(msgOnly.stack.split('\n')[0]);
function hideMe() {
  const o = {};
  Error.captureStackTrace(o, hideMe);
  return o.stack;
}
const s = hideMe();
console.log(s.split('\n')[0], s.includes('hideMe'));
console.log(Object.getOwnPropertyDescriptor(obj, 'stack') !== undefined);
console.log(Object.keys(obj));
class MyErr extends Error {
  constructor(m) { super(m); this.name = 'MyErr'; Error.captureStackTrace(this, MyErr); }
}
console.log(new MyErr('mine').stack.split('\n')[0]);
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name); }
