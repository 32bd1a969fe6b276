'use strict';
// Boa keeps a proxy's target and handler private; util.inspect needs them (Node's
// internalBinding('util').getProxyDetails). Proxies are recorded here as they are created.

const utilBinding = internalBinding('util');
const NativeProxy = globalThis.Proxy;
const details = new WeakMap();
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const ReflectConstruct = Reflect.construct;

function Proxy(target, handler) {
  if (new.target === undefined) {
    throw new TypeError("Constructor Proxy requires 'new'");
  }
  const proxy = ReflectConstruct(NativeProxy, [target, handler], new.target);
  WeakMapSet.call(details, proxy, [target, handler]);
  return proxy;
}
Proxy.revocable = function revocable(target, handler) {
  const result = NativeProxy.revocable(target, handler);
  WeakMapSet.call(details, result.proxy, [target, handler]);
  return result;
};
Object.defineProperty(Proxy, 'name', { value: 'Proxy' });
Object.defineProperty(globalThis, 'Proxy', {
  __proto__: null, value: Proxy, writable: true, configurable: true, enumerable: false,
});

utilBinding.getProxyDetails = function getProxyDetails(value) {
  if (!utilBinding.isProxy(value)) return undefined;
  return WeakMapGet.call(details, value) || [undefined, undefined];
};
