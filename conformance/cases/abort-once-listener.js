// AbortSignal listeners — { once: true }, duplicates, removal, { signal } option on addEventListener.
const c = new AbortController();
const s = c.signal;
const log = [];
const fn = (e) => log.push(`fn:${e.type}`);
s.addEventListener('abort', fn, { once: true });
s.addEventListener('abort', fn, { once: true });
s.addEventListener('abort', fn);
const removed = () => log.push('removed (must not run)');
s.addEventListener('abort', removed);
s.removeEventListener('abort', removed);
const capt = () => log.push('capture-registered');
s.addEventListener('abort', capt, true);
s.removeEventListener('abort', capt);
const self = () => { log.push('self-removing'); s.removeEventListener('abort', later); };
const later = () => log.push('later (removed by earlier listener)');
s.addEventListener('abort', self);
s.addEventListener('abort', later);
c.abort();
console.log(log);
s.dispatchEvent(new Event('abort'));
console.log('manual re-dispatch', log.slice(5));
const c2 = new AbortController();
const ctl = new AbortController();
c2.signal.addEventListener('abort', () => console.log('must not run: removed via signal option'), { signal: ctl.signal });
ctl.abort();
c2.abort();
const c3 = new AbortController();
c3.signal.addEventListener('abort', () => console.log('never added: signal already aborted'), { signal: AbortSignal.abort() });
c3.abort();
const c4 = new AbortController();
for (const opts of [{ once: 1 }, { once: 'yes' }, { passive: true }, undefined, null, false]) {
  try {
    c4.signal.addEventListener('abort', () => console.log('c4', JSON.stringify(opts)), opts);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
c4.abort();
for (const bad of [{ signal: 'x' }, { signal: {} }]) {
  try {
    c4.signal.addEventListener('abort', () => {}, bad);
    console.log('accepted', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
