// Array.prototype.push: the plain dense array shortcut and every situation that must take the
// generic path (frozen, sealed, holes, non-writable length, subclasses, array-likes, indexed
// properties on the prototypes).
const a = [1, 2];
console.log(a.push(3, 'x', 4.5, { k: 1 }, null, undefined), a, a.length);
console.log([].push(), [1].push());
const ints = []; for (let i = 0; i < 5; i++) ints.push(i * 2); ints.push(0.5); console.log(ints);

const frozen = Object.freeze([1]);
try { frozen.push(2); } catch (e) { console.log(e.constructor.name, frozen); }
const sealed = Object.seal([1]);
try { sealed.push(2); } catch (e) { console.log(e.constructor.name, sealed); }
const fixed = [1]; Object.preventExtensions(fixed);
try { fixed.push(2); } catch (e) { console.log(e.constructor.name, fixed); }
const lengthLocked = [1]; Object.defineProperty(lengthLocked, 'length', { writable: false });
try { lengthLocked.push(2); } catch (e) { console.log(e.constructor.name, lengthLocked.length); }

const longer = [1, 2]; longer.length = 5; console.log(longer.push(9), longer);
const holey = []; holey[10] = 1; console.log(holey.push(2), holey.length, holey[11]);
const named = [1]; named.extra = true; console.log(named.push(2), named);

class Stack extends Array {}
const s = new Stack(); console.log(s.push(1, 2), s, s instanceof Stack);
const like = { length: 1, 0: 'a' }; console.log(Array.prototype.push.call(like, 'b'), like);
const str = new String('ab');
try { Array.prototype.push.call(str, 'c'); } catch (e) { console.log(e.constructor.name); }

let log = '';
Object.defineProperty(Array.prototype, 3, {
  set(v) { log += ' Array.prototype[3] = ' + v; }, configurable: true,
});
const viaSetter = [0, 1, 2];
console.log(viaSetter.push(7), viaSetter.length, Object.hasOwn(viaSetter, 3), log);
delete Array.prototype[3];
Object.defineProperty(Object.prototype, 1, {
  set(v) { log += ' Object.prototype[1] = ' + v; }, configurable: true,
});
const viaObject = [0];
console.log(viaObject.push(5), Object.hasOwn(viaObject, 1), log);
delete Object.prototype[1];
const after = [0, 1, 2]; console.log(after.push(3), after);

const big = []; for (let i = 0; i < 100000; i++) big.push(i);
console.log(big.length, big[99999], big.push(), big.length);
