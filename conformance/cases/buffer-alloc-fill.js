// Buffer.alloc(size, fill, encoding) with fill values of every kind.
'use strict';
const t = (label, ...args) => {
  try {
    const b = Buffer.alloc(...args);
    console.log(label, b.length, b.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
t('zero', 5);
t('num', 5, 1);
t('num 257', 5, 257);
t('num -1', 5, -1);
t('num 1.9', 5, 1.9);
t('num NaN', 3, NaN);
t('num Infinity', 3, Infinity);
t('str', 7, 'abc');
t('str utf8 multibyte', 7, '€');
t('str hex', 5, 'a1b2', 'hex');
t('str hex odd', 5, 'a1b', 'hex');
t('str hex invalid', 5, 'zz', 'hex');
t('str base64', 8, 'YWJj', 'base64');
t('str ucs2', 5, 'ab', 'ucs2');
t('str latin1', 4, 'é', 'latin1');
t('str empty', 4, '');
t('str empty enc', 4, '', 'hex');
t('str bad enc', 4, 'a', 'nope');
t('str enc not string', 4, 'a', 5);
t('buffer', 7, Buffer.from([1, 2, 3]));
t('empty buffer', 3, Buffer.alloc(0));
t('uint8array', 5, new Uint8Array([9, 8]));
t('u16array', 5, new Uint16Array([0x0102]));
t('bool true', 3, true);
t('bool false', 3, false);
t('null', 3, null);
t('undefined', 3, undefined);
t('object', 3, {});
t('bigint', 3, 5n);
t('size 0 with fill', 0, 'abc');
t('size 0 buffer fill', 0, Buffer.from([1]));
t('zero-fill num 0', 4, 0);
t('fill longer than size', 2, 'abcdef');
t('partial char', 5, '€€');
t('partial ucs2', 5, 'abc', 'utf16le');
t('alloc frac size', 2.5, 1);
t('enc ignored for number', 3, 7, 'hex');
