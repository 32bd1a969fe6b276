process.on('uncaughtException', (e) => console.log('caught', typeof e, JSON.stringify(e)));
setTimeout(() => { throw { plain: 'object' }; }, 1);
setTimeout(() => { throw 42; }, 20);
setTimeout(() => { throw null; }, 40);
setTimeout(() => { throw undefined; }, 60);
