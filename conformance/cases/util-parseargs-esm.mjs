import { parseArgs, styleText, getSystemErrorName, toUSVString, aborted, isBoolean } from 'node:util';
import util from 'node:util';
console.log(JSON.stringify(parseArgs({ args: ['-x', '--y=1'], strict: false })));
console.log(JSON.stringify(styleText(['bold', 'red'], 'hi')));
console.log(getSystemErrorName(-2), toUSVString('a\ud800'), typeof aborted, isBoolean(false));
console.log(util.parseArgs === parseArgs, util.styleText === styleText);
