// pause() right after attaching 'data', resume from a timer: data arrives only after resume.
const log = [];
process.stdin.on('data', (c) => log.push('data ' + JSON.stringify(c.toString())));
process.stdin.pause();
console.log('paused', process.stdin.isPaused(), process.stdin.readableFlowing);
setTimeout(() => {
  log.push('resume');
  process.stdin.resume();
  console.log('after resume', process.stdin.isPaused(), process.stdin.readableFlowing);
}, 50);
process.stdin.on('end', () => { log.push('end'); console.log(log.join('\n')); });
