// import() of file URLs with a query or fragment (a new instance per distinct URL) and of
// data: URLs (JavaScript plain, percent-encoded or base64; JSON with its attribute).
const a = await import('../fixtures/esm/instance-counter.mjs?v=1');
const b = await import('../fixtures/esm/instance-counter.mjs?v=1');
const c = await import('../fixtures/esm/instance-counter.mjs?v=2');
const d = await import('../fixtures/esm/instance-counter.mjs#frag');
const e = await import('../fixtures/esm/instance-counter.mjs');
console.log(a.n, b.n, c.n, d.n, e.n, a === b, a === c);
console.log((await import('data:text/javascript,export default 42')).default);
console.log((await import('data:text/javascript;base64,ZXhwb3J0IGNvbnN0IHggPSAnYjY0Jzs=')).x);
console.log((await import('data:text/javascript,export%20const%20y%20%3D%20%22pct%22')).y);
console.log((await import('data:application/json,{"j":1}', { with: { type: 'json' } })).default);
try { await import('data:application/json,{}'); } catch (err) { console.log(err.code); }
try { await import('data:text/plain,hello'); } catch (err) { console.log(err.code, err.message); }
try { await import('./missing.mjs?x=1'); } catch (err) { console.log(err.code); }
