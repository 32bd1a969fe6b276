'use strict';
// Buffer's numeric accessors: read/write [U]Int8/16/32 (LE/BE), [U]IntLE/BE with a byteLength of
// 1-6, Float/Double and BigInt64/BigUint64, with Node's range checks and error messages.
// Integers are assembled byte by byte (exact for up to 48 bits); floats go through one shared
// scratch Float32Array/Float64Array.

const MathFloor = Math.floor;
const BigIntCtor = BigInt;

function errors() {
  return require('internal/errors').codes;
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'number', value);
}

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new (errors().ERR_OUT_OF_RANGE)(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)();
  throw new (errors().ERR_OUT_OF_RANGE)(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`,
    value);
}

// `offset` must be a number and `[offset, offset + byteLength]` inside the buffer.
function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// `byteLength` here is one less than the width, as in Node's checkInt.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ` +
          `${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new (errors().ERR_OUT_OF_RANGE)('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// ---- unsigned reads ----

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

// Unsigned little/big-endian value of `width` bytes (1..6) at `offset`, bounds checked.
function readUnsigned(buf, offset, width, littleEndian) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) {
    boundsError(offset, buf.length - width);
  }
  let value = 0;
  for (let i = 0; i < width; i++) {
    const byte = buf[littleEndian ? offset + width - 1 - i : offset + i];
    value = value * 256 + byte;
  }
  return value;
}

function readSigned(buf, offset, width, littleEndian) {
  const value = readUnsigned(buf, offset, width, littleEndian);
  const limit = 2 ** (width * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new (errors().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === MathFloor(byteLength)) {
    return readUnsigned(this, offset, byteLength, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new (errors().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === MathFloor(byteLength)) {
    return readUnsigned(this, offset, byteLength, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// ---- signed reads ----

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readInt16LE(offset = 0) {
  const val = readUInt16LE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  const val = readUInt16BE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new (errors().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === MathFloor(byteLength)) {
    return readSigned(this, offset, byteLength, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new (errors().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === MathFloor(byteLength)) {
    return readSigned(this, offset, byteLength, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// ---- BigInt reads ----

function readBigUInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 +
    this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 +
    last * 2 ** 24;
  return BigIntCtor(lo) + (BigIntCtor(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 +
    last;
  return (BigIntCtor(hi) << 32n) + BigIntCtor(lo);
}

function readBigInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 +
    (last << 24);
  return (BigIntCtor(hi) << 32n) + BigIntCtor(first + this[offset + 1] * 2 ** 8 +
    this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24);
}

function readBigInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
  return (BigIntCtor(hi) << 32n) + BigIntCtor(this[offset + 4] * 2 ** 24 +
    this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + last);
}

// ---- integer writes ----

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new (errors().ERR_OUT_OF_RANGE)('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes `width` bytes (1..6) of `value`; `value` is already range checked.
function writeBytes(buf, value, offset, width, littleEndian) {
  // Split into a low 32-bit part and the high part so that negative values wrap correctly.
  let lo = value >>> 0;
  let hi = MathFloor(value / 2 ** 32);
  for (let i = 0; i < width; i++) {
    const index = littleEndian ? offset + i : offset + width - 1 - i;
    if (i < 4) {
      buf[index] = lo & 255;
      lo >>>= 8;
    } else {
      buf[index] = hi & 255;
      hi >>= 8;
    }
  }
  return offset + width;
}

function writeInteger(buf, value, offset, width, min, max, littleEndian) {
  value = +value;
  checkInt(value, min, max, buf, offset, width - 1);
  return writeBytes(buf, value, offset, width, littleEndian);
}

const UNSIGNED_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function writeSized(buf, value, offset, byteLength, signed, littleEndian) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === MathFloor(byteLength)) {
    if (byteLength === 1) {
      return signed ? writeU_Int8(buf, value, offset, -0x80, 0x7f) :
        writeU_Int8(buf, value, offset, 0, 0xff);
    }
    const max = signed ? 2 ** (byteLength * 8 - 1) - 1 : UNSIGNED_MAX[byteLength];
    const min = signed ? -(2 ** (byteLength * 8 - 1)) : 0;
    return writeInteger(buf, value, offset, byteLength, min, max, littleEndian);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}
function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}
function writeUInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, 0, 0xffff, true);
}
function writeUInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, 0, 0xffff, false);
}
function writeInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, true);
}
function writeInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, false);
}
function writeUInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, 0, 0xffffffff, true);
}
function writeUInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, 0, 0xffffffff, false);
}
function writeInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}
function writeUIntLE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, false, true);
}
function writeUIntBE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, false, false);
}
function writeIntLE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, true, true);
}
function writeIntBE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, true, false);
}

// ---- BigInt writes ----

function writeBig64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 8; i++) {
    const index = littleEndian ? offset + i : offset + 7 - i;
    if (i < 4) {
      buf[index] = lo;
      lo >>>= 8;
    } else {
      buf[index] = hi;
      hi >>>= 8;
    }
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

// ---- floats ----

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
// The scratch arrays use the machine's byte order; Node's LE/BE names are about the buffer's.
const littleEndianMachine = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, scratch, bytes, littleEndian) {
  validateNumber(offset, 'offset');
  const width = bytes.length;
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) {
    boundsError(offset, buf.length - width);
  }
  const reverse = littleEndian !== littleEndianMachine;
  for (let i = 0; i < width; i++) bytes[reverse ? width - 1 - i : i] = buf[offset + i];
  return scratch[0];
}

function writeFloat(buf, value, offset, scratch, bytes, littleEndian) {
  value = +value;
  const width = bytes.length;
  checkBounds(buf, offset, width - 1);
  scratch[0] = value;
  const reverse = littleEndian !== littleEndianMachine;
  for (let i = 0; i < width; i++) buf[offset + i] = bytes[reverse ? width - 1 - i : i];
  return offset + width;
}

function readFloatLE(offset = 0) {
  return readFloat(this, offset, float32, float32Bytes, true);
}
function readFloatBE(offset = 0) {
  return readFloat(this, offset, float32, float32Bytes, false);
}
function readDoubleLE(offset = 0) {
  return readFloat(this, offset, float64, float64Bytes, true);
}
function readDoubleBE(offset = 0) {
  return readFloat(this, offset, float64, float64Bytes, false);
}
function writeFloatLE(value, offset = 0) {
  return writeFloat(this, value, offset, float32, float32Bytes, true);
}
function writeFloatBE(value, offset = 0) {
  return writeFloat(this, value, offset, float32, float32Bytes, false);
}
function writeDoubleLE(value, offset = 0) {
  return writeFloat(this, value, offset, float64, float64Bytes, true);
}
function writeDoubleBE(value, offset = 0) {
  return writeFloat(this, value, offset, float64, float64Bytes, false);
}

// Installs the methods (and Node's `Uint` spellings of the `UInt` ones) in Node's order.
function installReadWrite(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
    writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
    writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  for (const name in methods) proto[name] = methods[name];
  // Node names its float accessors after the byte order they read in.
  const forwards = littleEndianMachine ? 'LE' : 'BE';
  for (const kind of ['readFloat', 'readDouble', 'writeFloat', 'writeDouble']) {
    for (const order of ['LE', 'BE']) {
      const name = `${kind}${order === forwards ? 'Forwards' : 'Backwards'}`;
      Object.defineProperty(methods[`${kind}${order}`], 'name', { __proto__: null, value: name, configurable: true });
    }
  }
}

module.exports = { installReadWrite };
