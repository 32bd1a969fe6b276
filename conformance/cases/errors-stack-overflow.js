function runaway() { return runaway() + 1; }
try {
  runaway();
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
const obj = {};
obj.toString = function () { return String(this); };
try { String(obj); } catch (e) { console.log('via toString:', e.constructor.name); }
console.log('still alive', 1 + 1);
function again(n) { return again(n + 1); }
try { again(0); } catch (e) { console.log('second overflow caught:', e.message); }
