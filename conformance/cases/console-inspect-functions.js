function named() {}
const anon = function () {};
const arrow = () => {};
async function asyncFn() {}
function* gen() {}
async function* agen() {}
class Cls {}
class Sub extends Cls {}
console.log(named, anon, arrow);
console.log(asyncFn, gen, agen);
console.log(Cls, Sub);
console.log([named, Cls]);
console.log({ method() {}, arrow });
named.prop = 1;
console.log(named);
console.log(Math.max, Array.prototype.push);
const bound = named.bind(null);
console.log(bound);
console.log(Object.defineProperty(function () {}, 'name', { value: '' }));
console.log(class {});
