let n = 0;
const iv = setInterval((tag) => {
  n++;
  console.log('tick', n, tag);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 5, 'arg');
const notes = [];
const iv2 = setInterval(() => {
  notes.push('arrow this is module.exports: ' + (this === module.exports));
  clearInterval(iv2);
}, 1);
let m = 0;
const iv3 = setInterval(function () {
  m++;
  if (m === 2) {
    clearTimeout(this);
    notes.push('interval cleared with clearTimeout, this is Timeout: ' + (this === iv3));
  }
}, 2);
process.on('exit', () => console.log(notes.sort().join('\n') + '\nm = ' + m));
