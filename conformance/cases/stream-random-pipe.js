'use strict';
// Random pipe chains (Readable → Transforms → Writable) with random highWaterMarks and
// sync / nextTick / immediate callbacks; the order of every _read/_transform/_write and event
// is printed.
const { Readable, Writable, Transform } = require('stream');

let seed = 99;
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(rand() * n);
const later = (mode, fn) => (mode === 0 ? fn() : mode === 1 ? process.nextTick(fn) : setImmediate(fn));

function round(n, done) {
  const out = [];
  const log = (...args) => out.push(args.join(' '));
  const hwm = () => [0, 1, 2, 4, 16][pick(5)];
  const cfg = { chunks: 1 + pick(6), transforms: pick(3), modes: [pick(3), pick(3), pick(3)], hwms: [hwm(), hwm(), hwm()] };
  let i = 0;
  const r = new Readable({
    highWaterMark: cfg.hwms[0],
    read() { log('_read'); later(cfg.modes[0], () => this.push(i < cfg.chunks ? `r${i++}` : null)); },
  });
  const stages = [r];
  for (let k = 0; k < cfg.transforms; k++) {
    stages.push(new Transform({
      highWaterMark: cfg.hwms[1],
      transform(c, e, cb) { log(`t${k}._transform`, String(c)); later(cfg.modes[1], () => cb(null, `${c}.${k}`)); },
    }));
  }
  const w = new Writable({
    highWaterMark: cfg.hwms[2],
    write(c, e, cb) { log('w._write', String(c)); later(cfg.modes[2], cb); },
  });
  stages.push(w);
  stages.forEach((s, k) => {
    for (const ev of ['end', 'finish', 'close', 'drain', 'pause', 'resume']) s.on(ev, () => log(`s${k} ${ev}`));
  });
  for (let k = 0; k + 1 < stages.length; k++) stages[k].pipe(stages[k + 1]);
  w.on('close', () => {
    console.log(`--- round ${n} ${JSON.stringify(cfg)}`);
    console.log(out.join('\n'));
    done();
  });
}

let n = 0;
(function next() {
  if (n < 30) round(n++, next);
})();
