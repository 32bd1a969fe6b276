// sort() is stable and compares UTF-16 code units.
const sp = new URLSearchParams('z=1&a=2&b=3&a=1&\u00e9=4&e=5&\ud83d\ude00=6&\uff41=7&A=8&a=0');
sp.sort();
console.log(sp.toString());
console.log([...sp.keys()].join(','));
const u = new URL('http://h/?c=3&b=2&a=1#x');
u.searchParams.sort();
console.log(u.href);
const empty = new URL('http://h/?');
empty.searchParams.sort();
console.log(JSON.stringify(empty.href));
