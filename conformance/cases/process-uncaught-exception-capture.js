// process.setUncaughtExceptionCaptureCallback: uncaught exceptions go to the callback (after
// 'uncaughtExceptionMonitor', instead of 'uncaughtException'); one at a time; null clears it.
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(42); } catch (e) { console.log(e.code, e.message); }
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e) => console.log('listener', e.message));
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => { throw new Error('from a timer'); });
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  setTimeout(() => { throw new Error('after clearing'); });
}, 5);
Promise.reject(new Error('rejected'));
