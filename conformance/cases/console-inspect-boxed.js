console.log(new Number(3));
console.log(new String('abc'));
console.log(new Boolean(false));
console.log(Object(Symbol('boxed')));
console.log(Object(10n));
console.log([new Number(-0), new String('')]);
const s = new String('hi');
s.extra = 1;
console.log(s);
