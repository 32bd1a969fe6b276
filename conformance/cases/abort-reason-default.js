// AbortController — default reason is a DOMException AbortError; explicit reasons are kept as-is.
const c = new AbortController();
console.log(c.signal.aborted, c.signal.reason, c.signal === c.signal);
c.abort();
const r = c.signal.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.message, r.code, DOMException.ABORT_ERR);
console.log(Object.prototype.toString.call(r), String(r), Object.keys(r), typeof r.stack);
console.log(r === c.signal.reason, c.signal.aborted);
c.abort('second');
console.log('first reason kept:', c.signal.reason === r);
const reasons = [undefined, null, 0, '', 'str', false, { custom: true }, new Error('err reason'), Symbol.for('sym')];
for (const reason of reasons) {
  const ac = new AbortController();
  ac.abort(reason);
  const got = ac.signal.reason;
  console.log(typeof reason, got === reason, got instanceof DOMException ? `DOMException:${got.name}` : got instanceof Error ? `${got.name}:${got.message}` : got);
}
const args0 = new AbortController();
args0.abort(...[]);
console.log('no-arg abort', args0.signal.reason.name);
console.log(AbortController.length, AbortController.prototype.abort.length, typeof AbortController.prototype.abort);
const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
const d2 = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason');
console.log(typeof d2.get, d2.set, d2.enumerable, d2.configurable);
try { new AbortController().abort.call({}); } catch (e) { console.log('abort on non-controller:', e.name); }
