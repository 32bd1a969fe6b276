// indexOf / lastIndexOf / includes with string needles in each encoding.
'use strict';
const b = Buffer.from('abcabc€€ab\u0000cd');
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
t('a', () => [b.indexOf('a'), b.lastIndexOf('a'), b.includes('a')]);
t('bc', () => [b.indexOf('bc'), b.lastIndexOf('bc')]);
t('€', () => [b.indexOf('€'), b.lastIndexOf('€')]);
t('€€', () => [b.indexOf('€€'), b.lastIndexOf('€€')]);
t('missing', () => [b.indexOf('zz'), b.lastIndexOf('zz'), b.includes('zz')]);
t('nul', () => [b.indexOf('\u0000'), b.lastIndexOf('\0c')]);
t('hex', () => [b.indexOf('6263', 'hex'), b.lastIndexOf('6263', 'hex'), b.indexOf('e282ac', 0, 'hex')]);
t('hex odd', () => [b.indexOf('626', 'hex'), b.indexOf('6', 'hex')]);
t('hex invalid', () => [b.indexOf('zz', 'hex'), b.lastIndexOf('zz', 'hex')]);
t('base64', () => [b.indexOf('YWJj', 'base64'), b.lastIndexOf('YWJj', 'base64'), b.indexOf('4oKs', 'base64')]);
t('base64url', () => [b.indexOf('4oKs', 'base64url')]);
t('latin1', () => [b.indexOf('\u00e2', 'latin1'), b.indexOf('â\u0082', 'binary')]);
t('ascii', () => [b.indexOf('abc', 'ascii'), b.indexOf('\u00e2', 'ascii'), b.indexOf('\u0162', 'ascii')]);
t('latin1 wide char', () => [b.indexOf('\u0162', 'latin1')]);
t('utf8 alias', () => [b.indexOf('c', 'UTF-8'), b.indexOf('c', 'Utf8')]);
t('bad encoding', () => b.indexOf('a', 'nope'));
t('bad encoding offset', () => b.indexOf('a', 0, 'nope'));
t('bad encoding number needle', () => b.indexOf(97, 0, 'nope'));
t('bad encoding buffer needle', () => b.indexOf(Buffer.from('a'), 0, 'nope'));
t('encoding null', () => b.indexOf('a', 0, null));
t('encoding number', () => b.indexOf('a', 0, 5));
t('includes with enc', () => [b.includes('6162', 'hex'), b.includes('6162', 4, 'hex')]);
t('lone surrogate', () => [b.indexOf('\ud800'), Buffer.from('x\ud800y').indexOf('\ud800')]);
t('lone surrogate variants', () => {
  const x = Buffer.from('x\ud800y');
  return [x.indexOf('\udc00'), x.indexOf('\ud800y'), Buffer.from('\ud800').indexOf('\ud800'), x.lastIndexOf('\ud800'),
    x.includes('\ud800'), x.indexOf('\ud800', 'utf16le'), Buffer.from('\ud800', 'ucs2').indexOf('\ud800', 'ucs2')];
});
t('replacement char', () => Buffer.from('x\ud800y').indexOf('\ufffd'));
t('on empty', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).lastIndexOf('a'), Buffer.alloc(0).indexOf('')]);
t('long needle', () => [b.indexOf('abcabc€€ab\u0000cdX'), b.indexOf(b.toString())]);
t('from Uint8Array.prototype', () => Uint8Array.prototype.indexOf.call(b, 99));
