'use strict';
// The errors of socket and name-lookup calls, shaped as Node shapes them (the message, then the
// properties in Node's order, which util.inspect shows):
// - ErrnoException: `read ECONNRESET` (errno, code, syscall),
// - ExceptionWithHostPort: `connect ECONNREFUSED 127.0.0.1:80` (errno, code, syscall, address, port),
// - UVExceptionWithHostPort: `listen EADDRINUSE: address already in use :::80`
//   (code, errno, syscall, address, port),
// - dnsException: `getaddrinfo ENOTFOUND example.invalid` (errno, code, syscall, hostname).

const { getSystemErrorMap } = require('internal/util/system_errors');

const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

let errorMap;
function nameAndMessage(errno) {
  errorMap ??= getSystemErrorMap();
  return errorMap.get(errno) ?? ['UNKNOWN', 'unknown error'];
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

function ErrnoException(errno, syscall, original) {
  const code = nameAndMessage(errno)[0];
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

function ExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = nameAndMessage(errno)[0];
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const error = new Error(`${syscall} ${code}${details}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

function UVExceptionWithHostPort(errno, syscall, address, port) {
  const { 0: code, 1: description } = nameAndMessage(errno);
  const error = new Error(`${syscall} ${code}: ${description}${hostPortDetails(address, port)}`);
  error.code = code;
  error.errno = errno;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === UV_EAI_NODATA || code === UV_EAI_NONAME ? 'ENOTFOUND' : nameAndMessage(code)[0];
  }
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

module.exports = { ErrnoException, ExceptionWithHostPort, UVExceptionWithHostPort, dnsException };
