'use strict';
// node:http - HTTP/1.1 servers and clients over net. The pieces live where Node keeps them:
// _http_server.js (Server, ServerResponse), _http_client.js (ClientRequest), _http_agent.js
// (Agent), _http_incoming.js (IncomingMessage), _http_outgoing.js (OutgoingMessage) and
// _http_common.js (the parser glue over internalBinding('http_parser')).

const { getDefaultMaxHeaderSize, methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');
const agent = require('_http_agent');
const { ClientRequest } = require('_http_client');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return getDefaultMaxHeaderSize(); },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return agent.globalAgent; },
  set(value) { agent.globalAgent = value; },
});
