process.on('exit', (code) => {
  console.log('exit with', code);
  process.exitCode = 5;
});
process.exitCode = 2;
