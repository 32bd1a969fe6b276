'use strict';
// randomInt: ranges (results checked, not printed), the callback form, and argument checks.
const crypto = require('crypto');

function t(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const seen = new Set();
let inRange = true;
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  if (!Number.isInteger(n) || n < 0 || n >= 10) inRange = false;
  seen.add(n);
}
console.log('0..10', inRange, seen.size);
let negatives = true;
for (let i = 0; i < 500; i++) {
  const n = crypto.randomInt(-5, -2);
  if (n < -5 || n >= -2) negatives = false;
}
console.log('-5..-2', negatives);
t('one value', () => crypto.randomInt(7, 8));
t('wide', () => { const n = crypto.randomInt(2 ** 48 - 1); return n >= 0 && n < 2 ** 48 - 1; });
t('wide min', () => { const n = crypto.randomInt(-(2 ** 47), 2 ** 47); return Number.isSafeInteger(n); });
t('max equal', () => crypto.randomInt(3, 3));
t('max less', () => crypto.randomInt(10, 5));
t('zero', () => crypto.randomInt(0));
t('fraction', () => crypto.randomInt(1.5));
t('string max', () => crypto.randomInt('x'));
t('string max with min', () => crypto.randomInt(5, 'x'));
t('unsafe max', () => crypto.randomInt(Number.MAX_SAFE_INTEGER + 1));
t('unsafe min', () => crypto.randomInt(-Number.MAX_SAFE_INTEGER - 2, 0));
t('range too big', () => crypto.randomInt(2 ** 48));
t('range too big with min', () => crypto.randomInt(-1, 2 ** 48));
t('bad callback', () => crypto.randomInt(1, 2, 'x'));
t('bad callback before range', () => crypto.randomInt(5, 1, 'x'));
t('no args', () => crypto.randomInt());

let sync = true;
t('callback form', () => crypto.randomInt(100, function(err, n) {
  console.log('callback', err, arguments.length, n >= 0 && n < 100, sync);
}));
crypto.randomInt(5, 10, (err, n) => console.log('callback min', err, n >= 5 && n < 10));
sync = false;
