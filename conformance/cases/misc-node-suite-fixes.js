// Behaviours Node's own tests check: a Hash used as a stream still answers digest() once (an
// Hmac gives an empty digest); assert.CallTracker refuses calls() in an 'exit' listener;
// mkdtemp templates ending in X warn once; web stream constructors refuse an explicit null.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');

const h = crypto.createHash('sha256');
h.on('data', (d) => {
  console.log('hash data', d.toString('hex').slice(0, 16));
  d[0] = 0; // the chunk is the reader's own: digest() below is unchanged
});
h.on('end', () => {
  console.log('hash digest after end', h.digest('hex').slice(0, 16));
  try { h.digest(); } catch (e) { console.log('second digest', e.code); }
});
h.end('x');

const m = crypto.createHmac('sha256', 'k');
m.on('data', () => {});
m.on('end', () => console.log('hmac digest after end', JSON.stringify(m.digest('hex'))));
m.end('x');

process.on('warning', (w) => console.log('warning:', w.name, w.message));
const base = path.join(os.tmpdir(), 'coil-mkdtemp-');
fs.rmdirSync(fs.mkdtempSync(`${base}X`));
fs.rmdirSync(fs.mkdtempSync(`${base}X`));
fs.rmdirSync(fs.mkdtempSync(base));

for (const [name, make] of [['ReadableStream', () => new ReadableStream(null)],
  ['WritableStream', () => new WritableStream(null)], ['TransformStream', () => new TransformStream(null)],
  ['TransformStream(undefined)', () => new TransformStream(undefined)],
  ['ReadableStream()', () => new ReadableStream()],
  ['null strategies', () => [new ReadableStream(undefined, null), new TransformStream(undefined, null, null)]],
  ['ReadableStream(5)', () => new ReadableStream(5)]]) {
  try { make(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, e.message); }
}

const tracker = new assert.CallTracker();
process.on('exit', () => {
  try { tracker.calls(() => {}, 1); console.log('calls during exit: allowed'); } catch (e) { console.log('calls during exit:', e.code, e.message); }
});
