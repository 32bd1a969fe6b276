// JSON.stringify quoting: every escape in Latin-1 and UTF-16 strings, keys included.
const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const samples = [
  '', 'plain', 'quote " and backslash \\', controls, 'tab\there\nnew line\r\f\b',
  'latin-1 é ü ÿ \u007f \u0080 \u00a0', 'snowman ☃ and emoji 😀', 'lone \ud800 surrogate \udc00',
  'mixed é ☃ "q" \\ \n', '\u2028\u2029', '</script>',
];
for (const s of samples) console.log(JSON.stringify(s));
console.log(JSON.stringify(Object.fromEntries(samples.map((s, i) => [s, i]))));
console.log(JSON.stringify({ nested: { list: samples.slice(0, 4), 'key "q"': controls } }, null, 2));
console.log(JSON.stringify(samples.map((s) => ({ s }))).length);
