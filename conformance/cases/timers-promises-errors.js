// timers/promises — invalid arguments reject (never throw synchronously).
const tp = require('timers/promises');
const probes = [
  ['setTimeout options string', () => tp.setTimeout(1, 'v', 'bad')],
  ['setTimeout options null', () => tp.setTimeout(1, 'v', null)],
  ['setTimeout signal number', () => tp.setTimeout(1, 'v', { signal: 5 })],
  ['setTimeout signal object', () => tp.setTimeout(1, 'v', { signal: {} })],
  ['setTimeout ref string', () => tp.setTimeout(1, 'v', { ref: 'x' })],
  ['setTimeout delay string', () => tp.setTimeout('x', 'v')],
  ['setTimeout delay NaN', () => tp.setTimeout(NaN, 'nan')],
  ['setImmediate options number', () => tp.setImmediate('v', 5)],
  ['setImmediate signal', () => tp.setImmediate('v', { signal: {} })],
  ['setImmediate ref', () => tp.setImmediate('v', { ref: 1 })],
  ['setImmediate options array', () => tp.setImmediate('v', [])],
];
(async () => {
  for (const [label, p] of probes) {
    let r;
    try {
      r = p();
    } catch (e) {
      console.log(label, 'threw sync', e.name, e.code);
      continue;
    }
    try {
      console.log(label, 'resolved', await r);
    } catch (e) {
      console.log(label, 'rejected', e.name, e.code, e.message);
    }
  }
  for (const opts of ['bad', { signal: 1 }, { ref: null }]) {
    const it = tp.setInterval(1, 'x', opts);
    try {
      console.log(await it.next());
    } catch (e) {
      console.log('setInterval', e.name, e.code, e.message);
    } finally {
      await it.return();
    }
  }
  const it = tp.setInterval('x');
  try {
    console.log(await it.next());
  } catch (e) {
    console.log('setInterval delay', e.name, e.code, e.message);
  } finally {
    await it.return(); // a no-op after the rejection; stops a running interval otherwise
  }
  console.log('done');
})();
