'use strict';
// http.Server[Symbol.asyncDispose]: closes the server (idle keep-alive connections too) and
// resolves once it is closed; on a server that is not listening it rejects.
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
server.on('close', () => console.log('close event'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      console.log('connections before dispose', server.listening);
      await server[Symbol.asyncDispose]();
      console.log('disposed, listening', server.listening);
      try {
        await server[Symbol.asyncDispose]();
        console.log('second dispose resolved');
      } catch (e) {
        console.log('second dispose rejected', e.code, e.message);
      }
      agent.destroy();
    });
  });
});
