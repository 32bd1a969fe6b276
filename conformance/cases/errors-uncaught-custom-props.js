console.log('custom error thrown uncaught');
const e = new Error('with props');
e.code = 'E_TEST';
process.on('exit', (c) => console.log('exit', c));
throw e;
