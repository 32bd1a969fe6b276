'use strict';
// util.getSystemErrorName / getSystemErrorMap: libuv's error names and descriptions, keyed by the
// negative errno (as libuv reports it; EAI_*, EOF, UNKNOWN, ... use libuv's own codes); and
// util._errnoException / _exceptionWithHostPort, the socket errors of internal/net/errors with
// Node's argument checks.

const NumberIsSafeInteger = Number.isSafeInteger;
const SafeMap = Map;
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const { validateNumber } = require('internal/validators');

// libuv's table lives once, in Rust (runtime/src/errors/constants.rs):
// [name, errno (positive), description, ...].
let errorMap;
function lookupMap() {
  if (errorMap === undefined) {
    const table = internalBinding('os').uvErrors;
    errorMap = new SafeMap();
    for (let i = 0; i < table.length; i += 3) errorMap.set(-table[i + 1], [table[i], table[i + 2]]);
  }
  return errorMap;
}

// A fresh map (with fresh entries) on every call, as Node.
function getSystemErrorMap() {
  const map = new SafeMap();
  for (const { 0: key, 1: entry } of lookupMap()) map.set(key, [entry[0], entry[1]]);
  return map;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = lookupMap().get(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[0];
}

// internal/net/errors names an errno missing from libuv's table 'UNKNOWN'; Node's util functions
// name it as getSystemErrorName does ('Unknown system error -N').
function withName(error, name, syscall) {
  if (error.code !== name) {
    error.message = `${syscall} ${name}${StringPrototypeSlice(error.message, `${syscall} ${error.code}`.length)}`;
    error.code = name;
  }
  return error;
}

/** util._errnoException's error (the caller sets its stack). */
function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  return withName(require('internal/net/errors').ErrnoException(err, syscall, original), name, syscall);
}

/** util._exceptionWithHostPort's error (the caller sets its stack). */
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const name = getSystemErrorName(err);
  const { ExceptionWithHostPort } = require('internal/net/errors');
  return withName(ExceptionWithHostPort(err, syscall, address, port, additional), name, syscall);
}

module.exports = { getSystemErrorMap, getSystemErrorName, errnoException, exceptionWithHostPort };
