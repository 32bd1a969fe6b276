'use strict';
// util._errnoException, util._exceptionWithHostPort, util.transferableAbortSignal/Controller,
// util.types.isKeyObject/isCryptoKey and the exported key set.
const util = require('util');
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const describe = (err) => [err.message, Object.keys(err), err.errno, err.code, err.syscall, err.address, err.port];
attempt('errno', () => describe(util._errnoException(-2, 'open', 'extra')));
attempt('errno plain', () => describe(util._errnoException(-2, 'open')));
attempt('errno unknown', () => describe(util._errnoException(-99999, 'open')));
attempt('errno no syscall', () => describe(util._errnoException(-4095)));
attempt('errno stack', () => util._errnoException(-2, 'read').stack);
attempt('errno instance', () => util._errnoException(-2, 'read') instanceof Error);
for (const value of [0, 5, -1.5, NaN, '-2', undefined]) {
  attempt(`errno ${String(value)}`, () => util._errnoException(value, 'x'));
  attempt(`hostport ${String(value)}`, () => util._exceptionWithHostPort(value, 'x', 'h', 1));
}
attempt('hostport', () => describe(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)));
attempt('hostport local', () => describe(util._exceptionWithHostPort(-111, 'connect', '::1', 80, '1.2.3.4:5')));
attempt('hostport no port', () => describe(util._exceptionWithHostPort(-111, 'connect', '127.0.0.1')));
attempt('hostport nothing', () => describe(util._exceptionWithHostPort(-111, 'connect')));
attempt('hostport port 0', () => describe(util._exceptionWithHostPort(-111, 'connect', '::1', 0, 'x')));
attempt('hostport port -1', () => describe(util._exceptionWithHostPort(-111, 'connect', '', -1)));
attempt('hostport unknown', () => describe(util._exceptionWithHostPort(-99999, 'bind', 'h', 2)));
attempt('hostport stack first frame', () => util._exceptionWithHostPort(-111, 'c').stack.split('\n')[0]);
attempt('lengths', () => [util._errnoException.name, util._errnoException.length,
  util._exceptionWithHostPort.name, util._exceptionWithHostPort.length]);

const ac = new AbortController();
const signal = util.transferableAbortSignal(ac.signal);
signal.addEventListener('abort', (event) => console.log('copy listener', event.target === signal, event.target === ac.signal));
ac.signal.onabort = () => console.log('original onabort');
attempt('copy', () => [signal === ac.signal, signal instanceof AbortSignal, signal.aborted]);
ac.abort('why');
attempt('after abort', () => [signal.aborted, signal.reason, ac.signal.aborted]);
attempt('again', () => util.transferableAbortSignal(signal) === signal);
attempt('aborted input', () => {
  const copy = util.transferableAbortSignal(AbortSignal.abort('r'));
  return [copy.aborted, copy.reason];
});
for (const value of [undefined, null, {}, { aborted: false }, Object.create(AbortSignal.prototype), 'x']) {
  attempt('bad signal', () => util.transferableAbortSignal(value));
}
const controller = util.transferableAbortController();
attempt('controller', () => [controller instanceof AbortController, controller.signal.aborted]);
controller.abort('stop');
attempt('controller abort', () => [controller.signal.aborted, controller.signal.reason]);
attempt('transferable lengths', () => [util.transferableAbortController.length, util.transferableAbortSignal.length]);

attempt('isKeyObject', () => [util.types.isKeyObject(crypto.createSecretKey(Buffer.from('ab'))), util.types.isKeyObject({}),
  util.types.isKeyObject(null), util.types.isKeyObject(1), util.types.isKeyObject(Object.create(crypto.KeyObject.prototype))]);
attempt('isCryptoKey', () => [util.types.isCryptoKey({}), util.types.isCryptoKey(null)]);
attempt('types keys', () => Object.keys(util.types).join());
attempt('types names', () => Object.entries(util.types).map(([k, v]) => `${k}:${v.name}:${v.length}`).join());
attempt('isKeyObject descriptor', () => {
  const { writable, enumerable, configurable } = Object.getOwnPropertyDescriptor(util.types, 'isKeyObject');
  return [writable, enumerable, configurable];
});
attempt('util keys', () => Object.getOwnPropertyNames(util).join());
attempt('getters', () => Object.getOwnPropertyNames(util)
  .filter((key) => Object.getOwnPropertyDescriptor(util, key).get !== undefined).join());
