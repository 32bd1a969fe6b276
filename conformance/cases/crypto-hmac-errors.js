'use strict';
// createHmac error paths, and Hmac's finalization rules (a second digest is empty).
const crypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? `<Buffer ${result.toString('hex')}>` : JSON.stringify(result));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(Object.keys(e)));
  }
}

t('no key', () => crypto.createHmac('sha256'));
t('number key', () => crypto.createHmac('sha256', 5));
t('null key', () => crypto.createHmac('sha256', null));
t('object key', () => crypto.createHmac('sha256', {}));
t('array key', () => crypto.createHmac('sha256', [1, 2]));
t('bad digest', () => crypto.createHmac('nope', 'k'));
t('bad digest and key', () => crypto.createHmac('nope', 5));
t('number algorithm', () => crypto.createHmac(5, 'k'));
t('missing algorithm', () => crypto.createHmac());
t('bad encoding option', () => crypto.createHmac('sha256', 'k', { encoding: 5 }));
t('data number', () => crypto.createHmac('sha256', 'k').update(5));
t('hex odd', () => crypto.createHmac('sha256', 'k').update('abc', 'hex'));
t('digest twice', () => {
  const h = crypto.createHmac('md5', 'k');
  h.digest();
  return h.digest();
});
t('digest twice hex', () => {
  const h = crypto.createHmac('md5', 'k');
  h.digest('hex');
  return h.digest('hex');
});
t('digest twice base64', () => {
  const h = crypto.createHmac('md5', 'k');
  h.digest();
  return h.digest('base64');
});
t('update after digest', () => {
  const h = crypto.createHmac('md5', 'k');
  h.digest();
  return h.update('x');
});
