// structuredClone — cycles and shared references through objects, arrays, Maps and Sets.
const root = { name: 'root', list: [], map: new Map(), set: new Set() };
root.self = root;
root.list.push(root, root.list);
const key = { k: 1 };
root.map.set(key, root).set('key-again', key).set(root, 'root as key');
root.set.add(root).add(key).add(root.set);
const c = structuredClone(root);
console.log(c !== root, c.self === c, c.list[0] === c, c.list[1] === c.list);
const [ck] = c.map.keys();
console.log(ck !== key, ck.k, c.map.get(ck) === c, c.map.get('key-again') === ck, c.map.get(c), c.map.has(root));
const setVals = [...c.set];
console.log(setVals.length, setVals[0] === c, setVals[1] === ck, setVals[2] === c.set);
// diamond: two paths to the same object stay one object
const shared = { v: [1, 2] };
const diamond = { a: { s: shared }, b: [shared, { deeper: shared }], c: shared.v };
const d = structuredClone(diamond);
console.log(d.a.s === d.b[0], d.b[1].deeper === d.a.s, d.c === d.a.s.v, d.a.s !== shared);
// long chains
let chain = { i: 0 };
const head = chain;
for (let i = 1; i < 500; i++) { chain.next = { i }; chain = chain.next; }
chain.next = head;
const cc = structuredClone(head);
let p = cc;
for (let i = 0; i < 500; i++) p = p.next;
console.log('chain closes on itself:', p === cc, p.i);
// array holes, extra properties and cycles through them
const arr = [1, , 3];
arr.extra = arr;
arr[5] = 'five';
const ca = structuredClone(arr);
console.log(ca, ca.length, 1 in ca, ca.extra === ca, Object.keys(ca));
// the top-level value may itself be a Map/Set/Array with cycles
const m = new Map();
m.set('me', m);
const cm = structuredClone(m);
console.log(cm.get('me') === cm, cm instanceof Map);
const s = new Set();
s.add(s);
const cs = structuredClone(s);
console.log([...cs][0] === cs);
console.log(require('util').inspect(c, { depth: 1 }));
