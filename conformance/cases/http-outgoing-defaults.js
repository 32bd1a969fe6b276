'use strict';
// The state a fresh OutgoingMessage, ServerResponse and ClientRequest start with.
const http = require('http');

const out = new http.OutgoingMessage();
const pick = (o, keys) => keys.map((k) => `${k}=${JSON.stringify(o[k])}`).join(' ');
console.log('outgoing', pick(out, ['writable', 'destroyed', 'finished', 'headersSent', 'chunkedEncoding', 'shouldKeepAlive',
  'useChunkedEncodingByDefault', 'sendDate', 'writableEnded', 'writableFinished', 'writableLength', 'writableCorked',
  'writableObjectMode', 'writableHighWaterMark', 'strictContentLength', 'socket', 'connection', 'closed', 'errored']));
const res = new http.ServerResponse({ method: 'HEAD', httpVersionMajor: 1, httpVersionMinor: 0, headers: { te: 'chunked' } });
console.log('response', pick(res, ['statusCode', 'statusMessage', 'sendDate', 'shouldKeepAlive', 'useChunkedEncodingByDefault',
  '_hasBody', 'headersSent', 'finished']));
const req = http.request({ host: '127.0.0.1', port: 1, method: 'delete', path: '/x', agent: false });
req.on('error', () => {});
console.log('request', pick(req, ['method', 'path', 'host', 'protocol', 'aborted', 'reusedSocket', 'maxHeadersCount',
  'useChunkedEncodingByDefault', 'shouldKeepAlive', 'headersSent', 'finished', 'destroyed']));
console.log('request headers', JSON.stringify(req.getHeaders()));
req.destroy();
