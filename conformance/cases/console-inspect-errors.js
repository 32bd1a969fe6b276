function show(e) {
  e.stack = e.stack.split('\n')[0];
  console.log(e);
}
show(new Error('plain'));
show(new TypeError('typed'));
show(new RangeError('ranged'));
const withProps = new Error('props');
withProps.code = 'E_CODE';
withProps.extra = { n: 1 };
show(withProps);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
show(new MyError('custom'));
const noStack = new Error('nostack');
delete noStack.stack;
noStack.stack = undefined;
console.log(Object.keys(noStack));
const e = new Error('msg');
console.log(e.message, e.name, String(e));
const agg = new AggregateError([new Error('x')], 'agg');
console.log(agg.message, agg.errors.length, agg.name);
const cause = new Error('outer', { cause: 'inner' });
console.log(cause.cause);
