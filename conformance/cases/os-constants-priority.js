// node:os — constants.priority values and their use with getPriority/setPriority ranges.
const os = require('os');
const p = os.constants.priority;
console.log(p);
console.log(Object.keys(p), Object.getPrototypeOf(p), Object.isFrozen(p));
console.log(p.PRIORITY_LOW, p.PRIORITY_HIGHEST, p.PRIORITY_NORMAL);
console.log(typeof os.getPriority(), typeof os.getPriority(0), os.getPriority() === os.getPriority(0), os.getPriority(process.pid) === os.getPriority());
const cur = os.getPriority();
console.log(cur >= p.PRIORITY_HIGHEST && cur <= p.PRIORITY_LOW);
for (const v of [p.PRIORITY_LOW + 1, p.PRIORITY_HIGHEST - 1]) {
  try { os.setPriority(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
