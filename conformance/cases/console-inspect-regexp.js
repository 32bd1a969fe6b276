console.log(/abc/);
console.log(/a[b-c]+\/d/gimsuy);
console.log([/x/g, new RegExp('y', 'i')]);
console.log({ re: /\d+/ });
const r = /z/;
r.prop = 1;
console.log(r);
console.log(new RegExp(''));
console.log(/a/d);
