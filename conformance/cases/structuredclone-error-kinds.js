// structuredClone — Error kinds, names, causes, and which properties survive.
const kinds = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (const K of kinds) {
  const c = structuredClone(new K(`${K.name} message`));
  console.log(K.name, c.constructor.name, c.name, c.message, c instanceof K, Object.getPrototypeOf(c) === K.prototype, typeof c.stack);
}
const withCause = new Error('outer', { cause: new TypeError('inner', { cause: 'root cause' }) });
const cc = structuredClone(withCause);
console.log(cc.message, cc.cause instanceof TypeError, cc.cause.message, cc.cause.cause, Object.getOwnPropertyNames(cc).sort());
const objCause = structuredClone(new Error('x', { cause: { detail: [1, 2] } }));
console.log(objCause.cause, Object.getOwnPropertyDescriptor(objCause, 'cause').enumerable);
const undefCause = structuredClone(new Error('x', { cause: undefined }));
console.log('cause' in undefCause, undefCause.cause);
const extra = Object.assign(new RangeError('extra props'), { code: 'E_CODE', info: { a: 1 } });
const ce = structuredClone(extra);
console.log(ce.code, ce.info, Object.keys(ce));
class MyError extends TypeError {
  constructor(m) { super(m); this.name = 'MyError'; }
}
const mine = structuredClone(new MyError('subclass'));
console.log(mine.constructor.name, mine.name, mine.message, mine instanceof TypeError);
const renamed = new Error('renamed');
renamed.name = 'SyntaxError';
const cr = structuredClone(renamed);
console.log(cr.constructor.name, cr.name);
const bogus = new Error('bogus name');
bogus.name = 'NotAnErrorType';
console.log(structuredClone(bogus).name, structuredClone(bogus).constructor.name);
const agg = structuredClone(new AggregateError([new Error('a')], 'agg'));
console.log(agg.constructor.name, agg.message, agg.errors);
const noMsg = structuredClone(new Error());
console.log(JSON.stringify(noMsg.message), Object.getOwnPropertyNames(noMsg).sort());
const numMsg = new Error('m');
numMsg.message = 42;
console.log(typeof structuredClone(numMsg).message, structuredClone(numMsg).message);
const nested = structuredClone({ errs: [new TypeError('t'), new RangeError('r')] });
console.log(nested.errs.map((e) => `${e.constructor.name}:${e.message}`));
try {
  const dom = structuredClone(new DOMException('dom message', 'AbortError'));
  console.log('DOMException clone', dom instanceof DOMException, dom.name, dom.message, Object.keys(dom));
} catch (e) {
  console.log('DOMException', e.name, e.message);
}
