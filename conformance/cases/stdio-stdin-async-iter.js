// for await over process.stdin with setEncoding: the whole input, then the loop ends.
(async () => {
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const lines = text.split('\n');
  console.log(lines.length, lines.map((l) => l.length).join(','));
})();
