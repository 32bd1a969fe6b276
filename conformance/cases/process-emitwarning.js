process.emitWarning('something odd');
process.emitWarning('with type', 'CustomWarning');
process.emitWarning('with code', { type: 'X', code: 'W001' });
process.emitWarning(new Error('warning from error'));
console.log('still running after emitWarning');
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
process.emitWarning('observed', 'DemoWarning');
setTimeout(() => console.log('done'), 5);
