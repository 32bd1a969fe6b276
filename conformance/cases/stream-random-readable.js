'use strict';
// Random sequences of Readable operations (push, read, pause, resume, listeners, unshift,
// destroy, setEncoding) from a fixed-seed PRNG, spread over immediates; every event, return
// value and the main state flags are printed.
const { Readable } = require('stream');

let seed = 1234;
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(rand() * n);
const show = (v) => (v === null || typeof v !== 'object' ? String(v) : Buffer.isBuffer(v) ? `<${v.toString()}>` : JSON.stringify(v));

function round(n, done) {
  const out = [];
  const log = (...args) => out.push(args.map(show).join(' '));
  const opts = { objectMode: rand() < 0.3, highWaterMark: [0, 1, 3, 16][pick(4)], autoDestroy: rand() < 0.8 };
  const r = new Readable({ ...opts, read(size) { log('_read', size, r.readableLength); } });
  for (const ev of ['data', 'readable', 'end', 'close', 'error', 'pause', 'resume']) {
    r.on(ev, (x) => log(`event ${ev}`, x instanceof Error ? x.code : x));
  }
  const flags = () => {
    const s = r._readableState;
    return [s.length, s.flowing, s.ended, s.endEmitted, s.reading, s.needReadable, s.emittedReadable,
      s.readableListening, s.resumeScheduled, s.destroyed, s.paused].join(',');
  };
  const ops = [];
  for (let i = 0; i < 24; i++) ops.push([pick(16), pick(4)]);
  let i = 0;
  function step() {
    for (const [op, arg] of ops.slice(i, i + 4)) {
      switch (op) {
        case 0: case 1: case 2: log('push', r.push(opts.objectMode ? { v: arg } : `c${arg}`), flags()); break;
        case 3: log('read', r.read(arg === 0 ? undefined : arg), flags()); break;
        case 4: if (arg === 0) log('push null', r.push(null), flags()); break;
        case 5: log('pause', r.pause() === r, r.isPaused(), flags()); break;
        case 6: log('resume', r.resume() === r, flags()); break;
        case 7: if (arg < 2) { r.on('data', (d) => log('listener data', d)); log('on data', flags()); } break;
        case 8: if (arg < 2) { r.on('readable', () => log('listener readable', r.read())); log('on readable', flags()); } break;
        case 9: log('unshift', r.unshift(opts.objectMode ? { u: arg } : `u${arg}`), flags()); break;
        case 10: if (arg === 0) { r.destroy(); log('destroy', flags()); } break;
        case 11: if (arg === 1 && !opts.objectMode) { r.setEncoding('utf8'); log('setEncoding', flags()); } break;
        case 12: r.removeAllListeners('readable'); log('removeAll readable', flags()); break;
        case 13: r.removeAllListeners('data'); log('removeAll data', flags()); break;
        case 14: log('read(0)', r.read(0), flags()); break;
        default: log('state', r.readable, r.readableEnded, r.readableFlowing, r.isPaused());
      }
    }
    i += 4;
    if (i < ops.length) {
      setImmediate(step);
    } else {
      setImmediate(() => setImmediate(() => {
        console.log(`--- round ${n} ${JSON.stringify(opts)}`);
        console.log(out.join('\n'));
        done();
      }));
    }
  }
  step();
}

let n = 0;
(function next() {
  if (n < 25) round(n++, next);
})();
