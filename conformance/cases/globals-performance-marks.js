// performance user timing: marks, measures, entries and clearing (timings only type-checked).
// Explicit start times keep the timeline order fixed whatever the clock does.
const a = performance.mark('a', { detail: { n: 1 }, startTime: 1 });
performance.mark('b', { startTime: 2 });
const m = performance.measure('a-b', 'a', 'b');
console.log(a.name, a.entryType, a.duration, a.detail, m.entryType, m.duration >= 0);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByName('a-b').length);
const m2 = performance.measure('from-a', { start: 'a', duration: 5 });
console.log(m2.duration, Object.keys(m2.toJSON()));
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code); }
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
