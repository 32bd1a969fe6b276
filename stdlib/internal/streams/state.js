'use strict';
// highWaterMark option handling and the process-wide defaults
// (stream.getDefaultHighWaterMark / setDefaultHighWaterMark).

const MathFloor = Math.floor;
const NumberIsInteger = Number.isInteger;

// 16 KiB for byte streams, 16 objects for object-mode streams.
let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

// stream.setDefaultHighWaterMark(objectMode, value): changes the default for streams created later.
function setDefaultHighWaterMark(objectMode, value) {
  require('internal/validators').validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// The highWaterMark one side of a stream gets from its options: `highWaterMark` wins; a Duplex
// side falls back to its own `readableHighWaterMark` / `writableHighWaterMark` (duplexKey);
// otherwise the default for the state's mode.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!NumberIsInteger(hwm) || hwm < 0) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
  }
  return MathFloor(hwm);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
