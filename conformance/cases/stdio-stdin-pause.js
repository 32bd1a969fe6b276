// Pausing stdin after the first chunk lets the process exit (a paused stdin keeps nothing alive).
process.stdin.once('data', (chunk) => {
  console.log('got', chunk.length > 0);
  process.stdin.pause();
  setTimeout(() => console.log('timer after pause'), 10);
});
process.on('exit', (code) => console.log('exit', code));
