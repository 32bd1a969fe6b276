// os.getPriority / os.setPriority report a failing system call as a
// SystemError [ERR_SYSTEM_ERROR] whose `info` holds libuv's error; errno and
// syscall are readable (and writable) through the error itself.
'use strict';
const os = require('os');

// Process ids that cannot exist (pid_max is at most 2^22 on Linux).
const attempts = [
  ['getPriority(-1)', () => os.getPriority(-1)],
  ['setPriority(-1, 0)', () => os.setPriority(-1, 0)],
  ['getPriority(2147483647)', () => os.getPriority(2147483647)],
  ['setPriority(2147483647, 5)', () => os.setPriority(2147483647, 5)],
];
for (const [label, attempt] of attempts) {
  try {
    attempt();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(label);
    console.log(' ', String(err));
    console.log('  name/code:', err.name, err.code, err instanceof Error);
    console.log('  info:', JSON.stringify(err.info));
    console.log('  errno/syscall:', err.errno, err.syscall);
    console.log('  own keys:', Object.keys(err).join(','));
    err.errno = 99;
    console.log('  info.errno after assignment:', err.info.errno);
  }
}
console.log('current priority is a number:', typeof os.getPriority() === 'number');
