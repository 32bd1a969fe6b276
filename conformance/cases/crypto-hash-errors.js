'use strict';
// Hash error paths: algorithm checks, data checks, finalization and outputLength.
const crypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? result.toString('hex') : result);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(Object.keys(e)));
  }
}

t('unknown', () => crypto.createHash('nope'));
t('padded', () => crypto.createHash('sha256 '));
t('slash', () => crypto.createHash('sha512/256'));
t('missing', () => crypto.createHash());
t('number', () => crypto.createHash(5));
t('object', () => crypto.createHash({}));
t('null', () => crypto.createHash(null));
t('data number', () => crypto.createHash('md5').update(5));
t('data null', () => crypto.createHash('md5').update(null));
t('data undefined', () => crypto.createHash('md5').update());
t('data arraybuffer', () => crypto.createHash('md5').update(new ArrayBuffer(3)));
t('data array', () => crypto.createHash('md5').update([1, 2]));
t('data object', () => crypto.createHash('md5').update({}));
t('hex odd', () => crypto.createHash('md5').update('abc', 'hex'));
t('HEX odd', () => crypto.createHash('md5').update('abc', 'HEX'));
t('digest twice', () => {
  const h = crypto.createHash('md5');
  h.digest();
  return h.digest();
});
t('digest twice hex', () => {
  const h = crypto.createHash('md5');
  h.digest('hex');
  return h.digest('hex');
});
t('update after digest', () => {
  const h = crypto.createHash('sha1');
  h.digest();
  return h.update('x');
});
t('copy after digest', () => {
  const h = crypto.createHash('sha1');
  h.digest();
  return h.copy();
});
t('outputLength ok', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
t('outputLength bad', () => crypto.createHash('sha256', { outputLength: 16 }));
t('outputLength type', () => crypto.createHash('sha256', { outputLength: 'x' }));
t('outputLength negative', () => crypto.createHash('sha256', { outputLength: -1 }));
t('outputLength fraction', () => crypto.createHash('sha256', { outputLength: 1.5 }));
t('outputLength undefined', () => crypto.createHash('md5', { outputLength: undefined }).digest('hex'));
t('options number', () => crypto.createHash('md5', 5).digest('hex'));
t('options null', () => crypto.createHash('md5', null).digest('hex'));
t('copy outputLength bad', () => crypto.createHash('md5').copy({ outputLength: 5 }));
t('copy outputLength ok', () => crypto.createHash('md5').copy({ outputLength: 16 }).digest('hex'));
