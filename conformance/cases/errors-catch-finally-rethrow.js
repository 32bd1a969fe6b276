'use strict';
// A catch block's exception survives a finally block that throws and catches (directly, in a
// called function, in async functions and generators); generators' return() still runs finally
// blocks; break/continue/return inside finally still override.
const log = [];
function swallowInside() { try { throw new Error('inner'); } catch { log.push('inner caught'); } }
function a() { try { throw 1; } catch (e) { throw 2; } finally { try { throw 3; } catch {} } }
try { a(); console.log('a: normal completion'); } catch (e) { console.log('a threw', e); }
function b() { try { JSON.parse('{'); } catch (e) { throw new TypeError('wrapped'); } finally { swallowInside(); } }
try { b(); } catch (e) { console.log('b threw', e.name, e.message); }
async function c() { try { await null; throw 1; } catch (e) { throw 2; } finally { swallowInside(); } }
function* g() { try { yield 1; throw 1; } catch (e) { throw 2; } finally { swallowInside(); log.push('g finally'); } }
const it = g(); it.next();
try { it.next(); console.log('g: normal completion'); } catch (e) { console.log('g threw', e); }
function* r() { try { yield 1; } catch (e) { log.push('r catch'); } finally { log.push('r finally'); swallowInside(); } }
const it2 = r(); it2.next(); console.log('return()', it2.return(42));
function* r2() { try { try { yield 1; } catch (e) { throw e; } finally { log.push('inner finally'); } } finally { log.push('outer finally'); } }
const it3 = r2(); it3.next(); console.log('nested return()', it3.return(7));
function d() { for (const x of [1, 2]) { try { throw x; } catch (e) { throw 'lost'; } finally { continue; } } return 'loop done'; }
console.log(d());
function e() { try { throw 1; } catch { throw 2; } finally { return 'finally wins'; } }
console.log(e());
function f() { try { return 'try value'; } catch { } finally { swallowInside(); } }
console.log(f());
c().then(() => console.log('c resolved'), (err) => { console.log('c rejected', err); console.log(log); });
