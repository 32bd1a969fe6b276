// process.env stores strings; names setenv() refuses are dropped silently.
process.env.COIL_NUM = 42;
process.env.COIL_BOOL = false;
process.env['=C:'] = 'x';
process.env[''] = 'empty';
console.log(typeof process.env.COIL_NUM, process.env.COIL_NUM, process.env.COIL_BOOL);
console.log(process.env['=C:'], process.env[''], 'COIL_NUM' in process.env);
delete process.env.COIL_NUM;
console.log(process.env.COIL_NUM, 'COIL_NUM' in process.env);
