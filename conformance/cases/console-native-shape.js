// The global console's and Console's shape: keys in Node's order, names and lengths, the
// prototype's methods and aliases, inspect output, instanceof, subclassing, calls without new.
const util = require('util');
console.log(Object.keys(console));
console.log(Object.getOwnPropertyNames(console));
console.log(Object.getOwnPropertyNames(console.Console.prototype));
console.log(Object.keys(console).map((k) => `${k}:${console[k].name}:${console[k].length}`).join(' '));
const P = console.Console.prototype;
console.log(Object.getOwnPropertyNames(P).map((k) => `${k}:${P[k].name}:${P[k].length}`).join(' '));
console.log(P.debug === P.log, P.error === P.warn, P.groupCollapsed === P.group, console.debug === console.log);
console.log(util.inspect(console));
console.log(Object.getOwnPropertyNames(console.Console), console.Console.name, console.Console.length);
console.log(console instanceof console.Console, {} instanceof console.Console, Object.prototype.toString.call(console));
const { Writable } = require('stream');
let out = '';
const sink = new Writable({ write(chunk, encoding, callback) { out += chunk; callback(); } });
class Tagged extends console.Console {
  tag(text) { this.log(`[tag] ${text}`); }
}
const tagged = new Tagged({ stdout: sink });
tagged.tag('hello');
const plain = console.Console(sink);
plain.log('%s and %d', 'format', 42);
plain.group('group');
plain.info({ nested: { value: 1 } });
plain.groupEnd();
plain.count('c');
plain.count('c');
plain.countReset('c');
plain.count('c');
plain.assert(1 === 2, 'assertion %s', 'message');
console.log(JSON.stringify(out));
console.log(tagged instanceof Tagged, tagged instanceof console.Console, plain instanceof console.Console);
try {
  new console.Console();
} catch (error) {
  console.log(error.code, error.message);
}
const task = console.createTask('t');
console.log(task.run(() => 'ran'), typeof console.profile(), typeof console.timeStamp());
const ctx = console.context('x');
console.log(Object.keys(ctx).length, ctx.log === console.log);
