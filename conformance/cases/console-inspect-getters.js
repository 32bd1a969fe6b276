const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(o);
class C { get computed() { return 'x'; } }
console.log(new C());
const util = require('util');
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect({ get thrower() { throw new Error('boom'); } }, { getters: true }));
console.log(util.inspect({ get obj() { return { a: 1 }; } }, { getters: 'get' }));
