// net.connect({ onread: { buffer, callback } }): bytes are copied into the caller's buffer and
// handed to the callback (no 'data' events); returning false pauses reading until resume();
// a function as `buffer` supplies a buffer per read; 'end' and 'close' still come.
const net = require('net');
const big = Buffer.alloc(10000, 'x');

function staticBuffer(next) {
  const server = net.createServer((s) => { s.end(Buffer.concat([Buffer.from('hello world'), big])); server.close(); });
  server.listen(0, '127.0.0.1', () => {
    const buf = Buffer.alloc(4096);
    let total = 0;
    let calls = 0;
    let paused = false;
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', onread: { buffer: buf, callback(n, b) {
      total += n;
      calls++;
      if (calls === 1) console.log('first', b.toString('latin1', 0, 11), b === buf, this === client, n <= 4096);
      if (!paused && total > 4000) {
        paused = true;
        setTimeout(() => {
          console.log('resume, paused at', total >= 4000);
          client.resume();
        }, 50);
        return false;
      }
    } } });
    client.on('data', (d) => console.log('data', d.length));
    client.on('end', () => console.log('end', total));
    client.on('close', next);
  });
}

function generatedBuffers(next) {
  const server = net.createServer((s) => { s.end('abcdef'); server.close(); });
  server.listen(0, '127.0.0.1', () => {
    const seen = [];
    const client = net.connect({ port: server.address().port, host: '127.0.0.1', onread: {
      buffer: () => Buffer.alloc(2),
      callback: (n, b) => { seen.push(b.toString('latin1', 0, n)); },
    } });
    client.on('end', () => console.log('generated', seen.join(''), seen.every((p) => p.length <= 2)));
    client.on('close', next);
  });
}

staticBuffer(() => generatedBuffers(() => console.log('done')));
