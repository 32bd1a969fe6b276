'use strict';
// Random sequences of Writable operations (write with/without callbacks, cork, uncork, end,
// destroy) with _write/_writev/_final calling back synchronously, on the next tick or on an
// immediate; every event, return value and the main state fields are printed.
const { Writable } = require('stream');

let seed = 4321;
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(rand() * n);
const show = (v) => (v === null || typeof v !== 'object' ? String(v) : Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : v instanceof Error ? v.code : JSON.stringify(v));

function round(n, done) {
  const out = [];
  const log = (...args) => out.push(args.map(show).join(' '));
  const opts = { objectMode: rand() < 0.3, highWaterMark: [0, 2, 5, 16][pick(4)], cbMode: pick(3), writev: rand() < 0.4,
    final: rand() < 0.5, decodeStrings: rand() < 0.8 };
  const later = (cb) => (opts.cbMode === 0 ? cb() : opts.cbMode === 1 ? process.nextTick(cb) : setImmediate(cb));
  const w = new Writable({
    objectMode: opts.objectMode,
    highWaterMark: opts.highWaterMark,
    decodeStrings: opts.decodeStrings,
    write(c, e, cb) { log('_write', c, e); later(cb); },
    writev: opts.writev ? (chunks, cb) => { log('_writev', chunks.map((x) => show(x.chunk)).join('+')); later(cb); } : undefined,
    final: opts.final ? (cb) => { log('_final'); later(cb); } : undefined,
  });
  for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error']) w.on(ev, (x) => log(`event ${ev}`, x));
  const flags = () => {
    const s = w._writableState;
    return [s.length, s.writing, s.corked, s.needDrain, s.ending, s.ended, s.finished, s.pendingcb,
      s.bufferedRequestCount, s.destroyed].join(',');
  };
  const ops = [];
  for (let i = 0; i < 20; i++) ops.push([pick(12), pick(4)]);
  let i = 0;
  function step() {
    for (const [op, arg] of ops.slice(i, i + 4)) {
      switch (op) {
        case 0: case 1: case 2: case 3:
          log('write', w.write(opts.objectMode ? { v: arg } : `c${arg}`, arg % 2 ? (err) => log('cb', arg, err) : undefined), flags());
          break;
        case 4: w.cork(); log('cork', flags()); break;
        case 5: w.uncork(); log('uncork', flags()); break;
        case 6: if (arg === 0) { w.end((err) => log('end cb', err)); log('end', flags()); } break;
        case 7: if (arg === 0) { w.destroy(); log('destroy', flags()); } break;
        case 8: log('props', w.writable, w.writableEnded, w.writableFinished, w.writableNeedDrain, w.writableLength, w.writableCorked); break;
        case 9: if (arg === 1) { w.setDefaultEncoding('latin1'); log('setDefaultEncoding'); } break;
        default: log('write buf', w.write(opts.objectMode ? arg : Buffer.from([arg])), flags());
      }
    }
    i += 4;
    if (i < ops.length) {
      setImmediate(step);
    } else {
      setImmediate(() => setImmediate(() => setImmediate(() => {
        console.log(`--- round ${n} ${JSON.stringify(opts)}`);
        console.log(out.join('\n'));
        done();
      })));
    }
  }
  step();
}

let n = 0;
(function next() {
  if (n < 25) round(n++, next);
})();
