// The deprecated Buffer() / new Buffer() constructor: results, errors, and the DEP0005 warning.
'use strict';
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, r instanceof Buffer, r.length, r.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
t('Buffer(3)', () => Buffer(3));
t('new Buffer(3)', () => new Buffer(3));
t('new Buffer(str)', () => new Buffer('abc'));
t('new Buffer(str, enc)', () => new Buffer('6162', 'hex'));
t('Buffer(array)', () => Buffer([1, 2, 3]));
t('new Buffer(ab, off, len)', () => new Buffer(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
t('new Buffer(buf)', () => new Buffer(Buffer.from('q')));
t('Buffer(num, enc)', () => Buffer(3, 'utf8'));
t('Buffer(-1)', () => Buffer(-1));
t('Buffer(NaN)', () => Buffer(NaN));
t('Buffer(1.5)', () => Buffer(1.5));
t('Buffer()', () => Buffer());
t('Buffer(null)', () => Buffer(null));
t('Buffer({})', () => Buffer({}));
console.log('sync warnings', warnings.length);
setImmediate(() => {
  console.log('warnings', warnings.length);
  for (const w of warnings) console.log(w.name, w.code, w.message, w instanceof Error);
});
