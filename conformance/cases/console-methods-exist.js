const names = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'dirxml', 'table', 'trace', 'group', 'groupCollapsed', 'groupEnd', 'count', 'countReset', 'assert', 'time', 'timeEnd', 'timeLog'];
for (const n of names) console.log(n, typeof console[n]);
console.dirxml({ a: 1 }, [2]);
console.log(console.log === console.log, typeof console.Console);
