const m = process.memoryUsage();
console.log(Object.keys(m).sort());
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss, typeof process.memoryUsage.rss());
