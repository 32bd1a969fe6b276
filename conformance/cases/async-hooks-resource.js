// AsyncResource without hooks: ids, running in scope, bind (length, name), argument errors.
const {AsyncResource}=require('async_hooks');
const r=new AsyncResource('X'); console.log(typeof r.asyncId(), typeof r.triggerAsyncId(), Object.keys(r));
console.log(r.runInAsyncScope(function(a,b){return [this,a,b]}, 't', 1, 2));
const f=AsyncResource.bind(function(){return this}, 'Y'); console.log(f.length, f.name);
const g=AsyncResource.bind(function named(a, b){return this}, 'Y', {}); console.log(g.length, g.name);
console.log(r.bind(function(x){return x}).name, r.bind((x) => x * 2)(21));
try { new AsyncResource(); } catch(e){console.log(e.code, e.message)}
try { new AsyncResource('x', {triggerAsyncId: -2}); } catch(e){console.log(e.code, e.message)}
console.log(r.emitDestroy() === r);
