// Writing to process.stdout after end(): ERR_STREAM_WRITE_AFTER_END through the callback and an
// 'error' event.
process.stdout.on('error', (e) => console.error('error event', e.code));
process.stdout.end('ending\n', () => {
  process.stdout.write('after end\n', (err) => {
    require('fs').writeSync(2, `callback ${err && err.code}\n`);
  });
});
