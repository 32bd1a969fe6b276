// Function.prototype.toString of functions made by new Function and its async/generator
// relatives (the text Node assembles), and of functions declared in their bodies.
console.log(new Function('a', 'b', 'return a+b').toString());
console.log(Function().toString());
console.log(new Function('').toString());
console.log(new Function('x', '').toString());
const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
const AsyncGeneratorFunction = (async function* () {}).constructor;
console.log(new AsyncFunction('a', 'await a').toString());
console.log(new GeneratorFunction('yield 1').toString());
console.log(new AsyncGeneratorFunction('a, b', 'yield a').toString());
const f = new Function('return function inner(q) { return q * 2; }');
console.log(f().toString(), f()(21));
const g = new Function('a = 1', '...rest', '/* c */ return () => a + rest.length');
console.log(g.toString()); console.log(g()().toString(), g()());
console.log(new Function('é', 'return "ü" + é').toString());
try { new Function('return ) ('); } catch (e) { console.log(e.name); }
try { new Function('return x')(); } catch (e) { console.log(e.message); }
console.log(new Function('\n\nthrow new Error("boom")').toString());
try { new Function('\n\nthrow new Error("boom")')(); } catch (e) { console.log(e.message); }
