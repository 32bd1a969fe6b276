const errs = [
  new Error('plain'),
  new TypeError('type'),
  new RangeError('range'),
  new SyntaxError('syntax'),
  new ReferenceError('ref'),
  new EvalError('eval'),
  new URIError('uri'),
  new AggregateError([], 'agg'),
  new Error(''),
  new Error(),
  new Error('multi\nline'),
];
for (const e of errs) console.log(JSON.stringify(e.stack.split('\n')[0]));
class Custom extends Error {}
console.log(new Custom('c').stack.split('\n')[0]);
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
console.log(new Named('n').stack.split('\n')[0]);
const late = new Error('late');
late.name = 'Changed';
console.log(String(late));
try { null.x; } catch (e) { console.log(e.constructor.name, e.stack.split('\n')[0].startsWith('TypeError: ')); }
try { undefinedVariable; } catch (e) { console.log(e.stack.split('\n')[0]); }
try { decodeURIComponent('%'); } catch (e) { console.log(e.stack.split('\n')[0]); }
