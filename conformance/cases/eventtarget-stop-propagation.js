// EventTarget — stopPropagation vs stopImmediatePropagation, cancelBubble, and re-dispatch.
const et = new EventTarget();
const log = [];
et.addEventListener('p', (e) => { log.push('p1'); e.stopPropagation(); log.push(`cancelBubble=${e.cancelBubble}`); });
et.addEventListener('p', () => log.push('p2 still runs after stopPropagation'));
et.dispatchEvent(new Event('p'));
et.addEventListener('s', (e) => { log.push('s1'); e.stopImmediatePropagation(); log.push(`cancelBubble=${e.cancelBubble}`); });
et.addEventListener('s', () => log.push('s2 must not run'));
et.addEventListener('s', () => log.push('s3 must not run'), true);
et.dispatchEvent(new Event('s'));
et.addEventListener('cb', (e) => { e.cancelBubble = true; log.push('cb1 set cancelBubble'); });
et.addEventListener('cb', () => log.push('cb2 runs'));
et.dispatchEvent(new Event('cb'));
console.log(log);
// stopImmediatePropagation before dispatch
const pre = new Event('s2');
pre.stopImmediatePropagation();
const t = new EventTarget();
t.addEventListener('s2', () => console.log('listener for pre-stopped event'));
console.log('pre-stopped dispatch returns', t.dispatchEvent(pre), pre.cancelBubble);
// the same event re-dispatched after stopImmediatePropagation
const ev = new Event('again');
const t2 = new EventTarget();
t2.addEventListener('again', (e) => { console.log('first'); e.stopImmediatePropagation(); });
t2.addEventListener('again', () => console.log('second'));
t2.dispatchEvent(ev);
t2.dispatchEvent(ev);
console.log('eventPhase after', ev.eventPhase, ev.currentTarget, ev.target === t2);
// cancelBubble only turns on
const c = new Event('c');
c.cancelBubble = true;
c.cancelBubble = false;
console.log('cancelBubble sticky', c.cancelBubble);
const d = new Event('d');
d.stopPropagation();
console.log('stopPropagation sets cancelBubble', d.cancelBubble);
