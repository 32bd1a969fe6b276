// buf.toString(encoding, start, end) with odd, negative, fractional and out-of-range arguments.
'use strict';
const b = Buffer.from('héllo wörld');
const t = (label, ...args) => {
  try {
    console.log(label, JSON.stringify(b.toString(...args)));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
t('none');
t('undefined enc', undefined);
t('null enc', null);
t('empty enc', '');
t('utf8 1 5', 'utf8', 1, 5);
t('split char', 'utf8', 0, 2);
t('split char end', 'utf8', 2, 4);
t('neg start', 'utf8', -3);
t('neg end', 'utf8', 0, -1);
t('frac', 'utf8', 1.5, 4.9);
t('start > end', 'utf8', 5, 2);
t('start = len', 'utf8', b.length);
t('start > len', 'utf8', 100);
t('end > len', 'utf8', 3, 100);
t('NaN start', 'utf8', NaN, 3);
t('NaN end', 'utf8', 0, NaN);
t('string start', 'utf8', '2', '5');
t('bad string start', 'utf8', 'x', 5);
t('null start', 'utf8', null, 4);
t('null end', 'utf8', 1, null);
t('Infinity end', 'utf8', 1, Infinity);
t('-Infinity start', 'utf8', -Infinity, 3);
t('Infinity start', 'utf8', Infinity);
t('bool', 'utf8', true, 3);
t('object start', 'utf8', {}, 3);
t('array start', 'utf8', [2], 4);
t('hex range', 'hex', 1, 3);
t('base64 range', 'base64', 1, 5);
t('ucs2 odd range', 'ucs2', 1, 6);
t('ucs2 odd length', 'ucs2');
t('latin1 range', 'latin1', 1, 3);
t('ascii', 'ascii');
t('bad enc', 'nope');
t('bad enc with range', 'nope', 1, 2);
t('bad enc empty range', 'nope', 3, 3);
t('number enc', 5);
t('UTF-8', 'UTF-8', 0, 3);
t('enc obj', { toString() { return 'hex'; } });
console.log(JSON.stringify(Buffer.alloc(0).toString('nope')));
console.log(JSON.stringify(String(b)), `${b}`, b + '');
console.log(b.toLocaleString === b.toString, JSON.stringify(b.toLocaleString('hex')));
