'use strict';
// randomUUID: RFC 4122 version 4 format (not printed), uniqueness, option checks, and the
// global crypto.randomUUID.
const crypto = require('crypto');

function t(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const format = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ids = new Set();
let ok = true;
for (let i = 0; i < 1000; i++) {
  const id = crypto.randomUUID();
  if (typeof id !== 'string' || !format.test(id)) ok = false;
  ids.add(id);
}
console.log('format', ok, 'unique', ids.size);
t('empty options', () => format.test(crypto.randomUUID({})));
t('undefined', () => format.test(crypto.randomUUID(undefined)));
t('disableEntropyCache', () => format.test(crypto.randomUUID({ disableEntropyCache: true })));
t('null', () => crypto.randomUUID(null));
t('number', () => crypto.randomUUID(5));
t('string', () => crypto.randomUUID('x'));
t('bad flag', () => crypto.randomUUID({ disableEntropyCache: 5 }));
t('global', () => format.test(globalThis.crypto.randomUUID()));
t('webcrypto', () => format.test(crypto.webcrypto.randomUUID()));
t('global unbound', () => globalThis.crypto.randomUUID.call({}));
console.log(crypto.randomUUID.length);
