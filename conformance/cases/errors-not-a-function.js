// V8's 'X is not a function' / 'X is not a constructor': the callee named as the source wrote it.
const o = { a: {}, arr: [1] }; const k = 'key'; let f = 5;
const tests = [() => o.foo(), () => o.a.b(), () => o['str'](), () => o[k](), () => f(), () => o.arr[0](),
  () => this.nope(), () => new f(), () => new o.a(), () => new (() => {})(), () => o.a.b.c, () => JSON.parse('{}')(),
  () => undefinedFn(), () => Math.max.call.x()];
for (const t of tests) try { t(); } catch (e) { console.log(e.constructor.name, e.message); }
