'use strict';
// `async` is an ordinary identifier outside async function syntax: functions and variables named
// async can be called with arguments (asynckit, under form-data and axios, does this).
function async(callback, extra) {
  return `called with ${typeof callback} ${extra}`;
}
console.log(async(() => {}, 1));
console.log([1, 2].map((x) => async(x, x * 2)));
const holder = { async: (x) => x + 1 };
console.log(holder.async(41), typeof async);
const arrow = async (x) => x * 2;
arrow(21).then((v) => console.log('async arrow still works', v));
const nested = (f) => f(async(null, 'inner'));
console.log(nested((s) => s.toUpperCase()));
