Promise.resolve()
  .then(() => { throw new TypeError('in then'); })
  .catch((e) => { console.log('caught', e.name, e.message); return 'recovered'; })
  .then((v) => console.log(v));
Promise.all([Promise.resolve(1), Promise.reject(new Error('all fails'))]).catch((e) => console.log(e.message));
Promise.allSettled([Promise.resolve(1), Promise.reject('r')]).then((r) => console.log(r));
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]).catch((e) => console.log(e.name, e.errors.map((x) => x.message)));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 20)), Promise.resolve('fast')]).then(console.log);
