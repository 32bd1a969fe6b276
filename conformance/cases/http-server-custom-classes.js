'use strict';
// createServer({ IncomingMessage, ServerResponse }): requests and responses are instances of
// the given subclasses, whose overrides run.
const http = require('http');

class TracedRequest extends http.IncomingMessage {
  get traced() { return `traced ${this.method} ${this.url}`; }
}
class JsonResponse extends http.ServerResponse {
  json(value) {
    this.setHeader('Content-Type', 'application/json');
    this.end(JSON.stringify(value));
  }
  writeHead(status, ...rest) {
    this.setHeader('X-Status-Seen', String(status));
    return super.writeHead(status, ...rest);
  }
}

const server = http.createServer({ IncomingMessage: TracedRequest, ServerResponse: JsonResponse }, (req, res) => {
  console.log('request class', req.constructor.name, req instanceof http.IncomingMessage, req.traced);
  console.log('response class', res.constructor.name, res instanceof http.ServerResponse);
  res.statusCode = 201;
  res.json({ url: req.url, method: req.method });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', path: '/thing?x=1' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client', res.statusCode, res.headers['content-type'], res.headers['x-status-seen'], body);
      server.close();
    });
  });
  req.end();
});
