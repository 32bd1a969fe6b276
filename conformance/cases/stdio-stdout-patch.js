// Replacing process.stdout.write captures console.log output too.
const original = process.stdout.write;
const captured = [];
process.stdout.write = function (chunk, encoding, callback) {
  captured.push(String(chunk));
  return true;
};
console.log('hidden', 1, { a: 1 });
console.info('also hidden');
process.stdout.write = original;
console.log('captured:', JSON.stringify(captured));
