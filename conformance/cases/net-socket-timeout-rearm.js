// A socket's idle timeout turned off and on again (as an HTTP server does around each request)
// still fires, fires once per idle stretch, and starts again after activity once it has fired.
const net = require('net');

const events = [];
const server = net.createServer((socket) => {
  let timeouts = 0;
  socket.setTimeout(40);
  socket.setTimeout(0);
  socket.setTimeout(0);
  socket.setTimeout(30, () => events.push('callback'));
  socket.on('timeout', () => {
    timeouts++;
    events.push(`timeout ${timeouts}`);
    if (timeouts === 1) {
      client.write('wake');
    } else {
      socket.setTimeout(0);
      setTimeout(() => {
        events.push('no further timeout');
        socket.destroy();
        server.close();
      }, 80);
    }
  });
  socket.on('data', (d) => events.push(`data ${d}`));
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.on('close', () => {
    console.log(events.join('\n'));
  });
});
