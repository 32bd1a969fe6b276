console.log(new Date(0).toISOString(), new Date(0).toUTCString(), new Date(0).toJSON());
console.log(Date.UTC(2000, 0, 1), new Date('2000-01-01').getTime(), Date.parse('2000-01-01T00:00:00.000Z'));
console.log(typeof Date.now(), Date.now() > 1.6e12);
console.log(new Date(8.64e15 + 1).getTime(), String(new Date(NaN)));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCMilliseconds());
d.setUTCDate(d.getUTCDate() + 1);
console.log(d.toISOString());
console.log(new Date(2020, 0, 31, 12).getMonth(), new Date(0).valueOf(), +new Date(5));
console.log(new Date('1970-01-01T00:00:00+05:30').toISOString());
