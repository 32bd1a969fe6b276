// buffer.isUtf8 and buffer.isAscii over buffers, views, ArrayBuffers, and invalid inputs.
'use strict';
const { isUtf8, isAscii } = require('buffer');
const t = (label, input) => {
  const out = [];
  for (const f of [isUtf8, isAscii]) {
    try {
      out.push(f(input));
    } catch (e) {
      out.push(`threw ${e.name} ${e.code} ${e.message}`);
    }
  }
  console.log(label, out.join(' | '));
};
t('empty', Buffer.alloc(0));
t('ascii', Buffer.from('hello'));
t('utf8', Buffer.from('héllo €😀'));
t('nul', Buffer.from([0]));
t('7f', Buffer.from([0x7f]));
t('80', Buffer.from([0x80]));
t('overlong', Buffer.from([0xc0, 0x80]));
t('surrogate', Buffer.from([0xed, 0xa0, 0x80]));
t('truncated', Buffer.from([0xe2, 0x82]));
t('max', Buffer.from([0xf4, 0x8f, 0xbf, 0xbf]));
t('above max', Buffer.from([0xf4, 0x90, 0x80, 0x80]));
t('u16', new Uint16Array([0x4141]));
t('u16 high', new Uint16Array([0xffff]));
t('arraybuffer', new Uint8Array([0x61, 0x62]).buffer);
t('sab', new SharedArrayBuffer(2));
t('dataview', new DataView(new ArrayBuffer(2)));
t('subarray', Buffer.from([0xff, 0x61, 0xff]).subarray(1, 2));
t('string', 'abc');
t('array', [1, 2]);
t('undefined', undefined);
t('null', null);
t('number', 5);
t('long ascii', Buffer.alloc(10000, 'a'));
const long = Buffer.alloc(10000, 'a');
long[9999] = 0x80;
t('long with high end', long);
