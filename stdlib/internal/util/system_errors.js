'use strict';
// util.getSystemErrorName / getSystemErrorMap: libuv's error names and descriptions, keyed by the
// negative errno (as libuv reports it; EAI_*, EOF, UNKNOWN, ... use libuv's own codes).

const NumberIsSafeInteger = Number.isSafeInteger;
const SafeMap = Map;

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

module.exports = { getSystemErrorMap, getSystemErrorName };
