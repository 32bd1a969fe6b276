// vm timeouts: a script still looping past its timeout is stopped (its own try/catch cannot
// hold it) with V8's error, made by the context's Error; nested timeouts report the sooner one.
const vm=require('vm');
try{vm.runInThisContext('while(true){}',{timeout:30})}catch(e){console.log(e.code, e.message, e.name, String(e), Object.keys(e), e.stack.split('\n')[0])}
try{vm.runInNewContext('while(true){}',{}, {timeout:30})}catch(e){console.log(e.code, e.message, e instanceof Error)}
try{vm.runInThisContext('try { while(true){} } catch (e) { "caught" }',{timeout:30})}catch(e){console.log(e.code)}
try{vm.runInThisContext('for (;;) { try { for(;;){} } finally { } }',{timeout:30})}catch(e){console.log(e.code)}
console.log(vm.runInThisContext('let s = 0; for (let i = 0; i < 100000; i++) s += i; s', {timeout: 5000}));
const ctx = vm.createContext({ vm });
try { vm.runInContext('vm.runInThisContext("while(true){}", { timeout: 1000 })', ctx, { timeout: 30 }); } catch (e) { console.log('nested', e.code, e.message) }
try { vm.runInContext('vm.runInThisContext("while(true){}", { timeout: 30 })', ctx, { timeout: 1000 }); } catch (e) { console.log('nested2', e.code, e.message) }
console.log('after');
