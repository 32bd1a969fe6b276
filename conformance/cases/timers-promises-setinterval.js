// timers/promises — setInterval async iterator: values, break after N, manual next()/return().
const { setInterval: every } = require('timers/promises');
(async () => {
  const it = every(2, 'tick');
  console.log(typeof it[Symbol.asyncIterator], typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it);
  let n = 0;
  for await (const v of every(2, 'v')) {
    n++;
    console.log('iter', n, v);
    if (n === 3) break;
  }
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.return());
  console.log(await it.next());
  // undefined value
  for await (const v of every(1)) { console.log('no value:', v); break; }
  // concurrent next() calls queue up
  const it2 = every(3, 'q');
  const results = await Promise.all([it2.next(), it2.next(), it2.next()]);
  console.log(results);
  await it2.return();
  // a slow consumer still gets one value per next()
  const it3 = every(1, 'slow');
  await new Promise((r) => setTimeout(r, 20));
  console.log(await it3.next(), await it3.next());
  console.log(await it3.return('ignored'));
  // throwing out of the loop ends the iterator
  try {
    for await (const v of every(1, 'boom')) throw new Error(`thrown with ${v}`);
  } catch (e) {
    console.log(e.message);
  }
  console.log('done');
})();
