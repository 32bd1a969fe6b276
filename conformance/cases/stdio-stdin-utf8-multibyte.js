// setEncoding('utf8') on stdin: multi-byte characters split across pipe chunks must decode whole.
process.stdin.setEncoding('utf8');
let text = '', strings = true;
process.stdin.on('data', (s) => { if (typeof s !== 'string') strings = false; text += s; });
process.stdin.on('end', () => {
  const counts = {};
  for (const ch of text) counts[ch] = (counts[ch] || 0) + 1;
  console.log('strings', strings, 'length', text.length, 'bytes', Buffer.byteLength(text));
  console.log(JSON.stringify(counts));
  console.log('replacement chars', text.includes('\ufffd'));
  console.log(process.stdin.readableEncoding);
});
