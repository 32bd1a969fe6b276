// process.stdin from a pipe: 'data' chunks as Buffers, then 'end' and 'close'.
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('end', Buffer.isBuffer(chunks[0]), all.length, JSON.stringify(all.toString()));
});
process.stdin.on('close', () => console.log('close'));
console.log('sync done', process.stdin.readableFlowing);
