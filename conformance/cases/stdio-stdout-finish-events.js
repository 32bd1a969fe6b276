// Event order around process.stdout.end(), reported once at exit via a fresh fd write.
const fs = require('fs');
const log = [];
const ok = process.stdout.write('small write\n');
log.push('write returned ' + ok);
process.stdout.on('finish', () => log.push('finish'));
process.stdout.on('close', () => log.push('close'));
process.stdout.end('ending\n', () => log.push('end callback'));
log.push('ended ' + process.stdout.writableEnded);
process.on('exit', () => fs.writeSync(1, log.join('\n') + '\n'));
