// EventTarget — handleEvent objects: this binding, lookup at dispatch time, identity.
const et = new EventTarget();
const obj = {
  count: 0,
  handleEvent(e) {
    this.count++;
    console.log('handleEvent', this === obj, e.type, e.currentTarget === et);
  },
};
et.addEventListener('x', obj);
et.addEventListener('x', obj);
et.dispatchEvent(new Event('x'));
console.log('count', obj.count);
// handleEvent is looked up at each dispatch
obj.handleEvent = function replaced(e) { console.log('replaced handleEvent', this === obj, e.type); };
et.dispatchEvent(new Event('x'));
// object without handleEvent: nothing runs, no error; adding one later makes it work
const lazy = {};
et.addEventListener('y', lazy);
console.log('dispatch y ->', et.dispatchEvent(new Event('y')));
lazy.handleEvent = () => console.log('late handleEvent');
et.dispatchEvent(new Event('y'));
// getter-based handleEvent is read on every dispatch
let reads = 0;
const getterObj = { get handleEvent() { reads++; return () => console.log('from getter', reads); } };
et.addEventListener('g', getterObj);
et.dispatchEvent(new Event('g'));
et.dispatchEvent(new Event('g'));
// a function with a handleEvent property is called as a function
function plain() { console.log('plain function called'); }
plain.handleEvent = () => console.log('function.handleEvent (should not run)');
et.addEventListener('f', plain);
et.dispatchEvent(new Event('f'));
// removing by the same object
et.removeEventListener('x', obj);
console.log('after remove', et.dispatchEvent(new Event('x')));
// class instance listener
class Handler {
  constructor(name) { this.name = name; }
  handleEvent(e) { console.log('class handler', this.name, e.type); }
}
et.addEventListener('c', new Handler('h1'));
et.addEventListener('c', new Handler('h2'), { once: true });
et.dispatchEvent(new Event('c'));
et.dispatchEvent(new Event('c'));
