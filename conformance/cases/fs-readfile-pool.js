// fs.readFile runs on the worker pool; timers keep firing and the callback lands in the poll phase.
const fs = require('fs');
const order = [];
fs.readFile(__dirname + '/../fixtures/fs/hello.txt', 'utf8', (err, text) => {
  order.push('read');
  console.log(err, JSON.stringify(text));
  setImmediate(() => {
    order.push('immediate after read');
    console.log(order.join(', '));
    fs.readFile(__dirname + '/../fixtures/fs/missing.txt', 'utf8', (err2) => {
      console.log(err2.code, err2.errno, err2.syscall, err2.message.replace(__dirname, '.'));
      fs.promises.readFile(__dirname + '/../fixtures/fs/hello.txt', { encoding: 'utf-8' })
        .then((t) => console.log('promise', t.length));
    });
  });
});
try { fs.readFile(); } catch (e) { console.log(e.code); }
try { fs.readFile('x', 'utf8'); } catch (e) { console.log(e.code); }
console.log(fs.existsSync(__filename), fs.existsSync(__dirname + '/nope'));
console.log(fs.readFileSync(__dirname + '/../fixtures/fs/hello.txt', 'utf8'));
try { fs.readFileSync(__dirname + '/nope.txt', 'utf8'); } catch (e) { console.log(e.code, e.syscall); }
