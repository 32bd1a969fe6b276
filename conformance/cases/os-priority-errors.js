// node:os — getPriority/setPriority argument validation and system errors.
const os = require('os');
const cases = [
  ['getPriority("x")', () => os.getPriority('x')],
  ['getPriority(1.5)', () => os.getPriority(1.5)],
  ['getPriority(NaN)', () => os.getPriority(NaN)],
  ['getPriority(2**31)', () => os.getPriority(2 ** 31)],
  ['getPriority(null)', () => os.getPriority(null)],
  ['getPriority({})', () => os.getPriority({})],
  ['getPriority(-1)', () => os.getPriority(-1)],
  ['setPriority("a")', () => os.setPriority('a')],
  ['setPriority(0,"x")', () => os.setPriority(0, 'x')],
  ['setPriority(0,-21)', () => os.setPriority(0, -21)],
  ['setPriority(0,20)', () => os.setPriority(0, 20)],
  ['setPriority(0,1.5)', () => os.setPriority(0, 1.5)],
  ['setPriority(2**31)', () => os.setPriority(2 ** 31)],
  ['setPriority("1",0)', () => os.setPriority('1', 0)],
  ['setPriority(1.5,0)', () => os.setPriority(1.5, 0)],
  ['setPriority()', () => os.setPriority()],
];
for (const [label, f] of cases) {
  try {
    console.log(label, 'ok', typeof f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) console.log('  info', e.info, e.errno, e.syscall);
  }
}
