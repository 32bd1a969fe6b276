'use strict';
// util.inspect of the header stores: getHeaders() (null prototype), req.headers,
// headersDistinct, trailers, and an Agent's pools.
const http = require('http');
const util = require('util');

const server = http.createServer((req, res) => {
  res.setHeader('X-One', '1');
  res.setHeader('X-List', ['a', 'b']);
  res.setHeader('Content-Type', 'text/plain');
  console.log(util.inspect(res.getHeaders()));
  console.log(util.inspect(res.getHeaderNames()), util.inspect(res.getRawHeaderNames()));
  const headers = { ...req.headers };
  delete headers.host;
  console.log(util.inspect(headers));
  console.log(util.inspect(req.headersDistinct['x-rep']), Object.getPrototypeOf(req.headersDistinct));
  console.log(util.inspect(req.trailers), util.inspect(req.rawTrailers));
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log(util.inspect(agent.requests), util.inspect(agent.sockets), util.inspect(agent.freeSockets));
  http.get({ port: server.address().port, host: '127.0.0.1', agent, headers: { 'X-Rep': ['1', '2'], Accept: '*/*' } }, (res) => {
    res.resume();
    res.on('end', () => {
      agent.destroy();
      server.close();
    });
  });
});
