// Buffer.from with objects that have valueOf / Symbol.toPrimitive, boxed strings, and invalid inputs.
'use strict';
const t = (label, ...args) => {
  try {
    const b = Buffer.from(...args);
    console.log(label, b.length, b.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
t('boxed string', new String('abc'));
t('boxed string hex', new String('abcd'), 'hex');
t('valueOf string', { valueOf() { return 'xyz'; } });
t('valueOf string enc', { valueOf() { return '6869'; } }, 'hex');
t('valueOf buffer', { valueOf() { return Buffer.from('qq'); } });
t('valueOf array', { valueOf() { return [1, 2]; } });
t('valueOf self', (() => { const o = { valueOf() { return o; } }; return o; })());
t('toPrimitive', { [Symbol.toPrimitive](hint) { return 'prim:' + hint; } });
t('toPrimitive number', { [Symbol.toPrimitive]() { return 5; } });
t('valueOf number', { valueOf() { return 5; } });
t('valueOf arraybuffer', { valueOf() { return new Uint8Array([7, 7]).buffer; } });
t('number', 5);
t('bigint', 5n);
t('boolean', true);
t('null', null);
t('undefined', undefined);
t('symbol', Symbol('s'));
t('function', function foo() {});
t('no args');
t('plain object', {});
t('object with length string', { length: 'x' });
t('date-like', Object.defineProperty(Object.create(Date.prototype), Symbol.toPrimitive, { value: (h) => 'D' + h }));
t('regexp', /ab/);
t('Number object', new Number(3));
t('Boolean object', new Boolean(true));
