'use strict';
// Reading a socket with for await: every chunk, then the loop ends with the stream.
const net = require('net');

// The server answers each chunk from inside its loop; when the loop ends (the client's FIN) the
// iterator destroys the socket, so nothing written after the loop is sent.
const server = net.createServer(async (socket) => {
  let text = '';
  for await (const chunk of socket) {
    text += chunk.toString();
    socket.write(`[${chunk.length}]`);
  }
  socket.end(`got ${text.length} chars`);
  serverLog.push(`server got ${text.length} chars: ${text.slice(0, 12)}...${text.slice(-5)}`);
});
const serverLog = [];
server.listen(0, '127.0.0.1', async () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  for (let i = 0; i < 100; i++) client.write(`line ${i}\n`);
  client.end();
  client.setEncoding('utf8');
  let reply = '';
  for await (const chunk of client) {
    if (typeof chunk !== 'string') console.log('not a string');
    reply += chunk;
  }
  const sizes = reply.match(/\d+/g) || [];
  console.log('reply well formed', /^(\[\d+\])*$/.test(reply), 'sum', sizes.reduce((a, b) => a + Number(b), 0));
  console.log('client destroyed after loop', client.destroyed);
  // Breaking out of the loop destroys the socket.
  const second = net.connect(server.address().port, '127.0.0.1');
  second.write('hi');
  second.end();
  second.on('close', () => {
    console.log('second closed after break');
    server.close(() => console.log(serverLog.join('\n')));
  });
  for await (const chunk of second) {
    console.log('first chunk of second', chunk.toString());
    break;
  }
  console.log('second destroyed', second.destroyed);
});
