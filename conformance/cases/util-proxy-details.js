// Proxies: showProxy details, revoked proxies, util.types.isProxy, and the constructor without new.
const util=require('util');
const {proxy, revoke} = Proxy.revocable({a:1}, {});
console.log(util.inspect(proxy, {showProxy: true}), util.types.isProxy(proxy), Proxy.name, Proxy.length, typeof Proxy.revocable);
revoke();
console.log(util.inspect(proxy, {showProxy: true}), util.inspect(proxy), util.types.isProxy(proxy));
const p2 = new Proxy(function f(){}, {}); console.log(util.inspect(p2), util.inspect(p2, {showProxy:1}));
try { Proxy({}, {}) } catch (e) { console.log(e.message) }
