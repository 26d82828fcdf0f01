'use strict';
// Buffer.prototype's numeric reads and writes: read/write(U)Int8/16/32(LE/BE),
// (U)IntLE/BE of 1 to 6 bytes, Float/Double LE/BE and (Big)(U)Int64 LE/BE, with Node's
// checks: a value out of range is ERR_OUT_OF_RANGE naming the range, an offset past
// the end ERR_OUT_OF_RANGE or ERR_BUFFER_OUT_OF_BOUNDS. Fixed-size values go through
// an 8-byte scratch DataView, copied to and from the buffer.
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);

// the error of an offset (or byteLength, when type is given) that does not fit
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkOffset(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) {
    boundsError(offset, buf.length - size);
  }
}

function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size > 4) {
    const bits = size * 8;
    return min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}`
      : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
  }
  checkOffset(buf, offset, size);
}

// [method suffix, byte size, DataView name, min, max] of the fixed-size types
const fixed = [
  ['UInt8', 1, 'Uint8', 0, 0xff], ['Int8', 1, 'Int8', -0x80, 0x7f],
  ['UInt16', 2, 'Uint16', 0, 0xffff], ['Int16', 2, 'Int16', -0x8000, 0x7fff],
  ['UInt32', 4, 'Uint32', 0, 0xffffffff], ['Int32', 4, 'Int32', -0x80000000, 0x7fffffff],
  ['Float', 4, 'Float32'], ['Double', 8, 'Float64'],
  ['BigUInt64', 8, 'BigUint64', 0n, 2n ** 64n - 1n],
  ['BigInt64', 8, 'BigInt64', -(2n ** 63n), 2n ** 63n - 1n],
];

function defineFixed(proto, [suffix, size, view, min, max]) {
  const get = DataView.prototype[`get${view}`];
  const set = DataView.prototype[`set${view}`];
  const bigint = typeof min === 'bigint';
  const ends = size === 1 ? [['', true]] : [['LE', true], ['BE', false]];
  for (const [end, little] of ends) {
    const read = function (offset = 0) {
      checkOffset(this, offset, size);
      for (let i = 0; i < size; i++) scratchBytes[i] = this[offset + i];
      return get.call(scratch, 0, little);
    };
    const write = function (value, offset = 0) {
      if (!bigint) value = +value;
      if (min !== undefined) checkInt(value, min, max, this, offset, size);
      else checkOffset(this, offset, size);
      // a Number for a BigInt write: the TypeError Node's `value & 0xffffffffn` throws
      if (bigint) value &= 0xffffffffffffffffn;
      set.call(scratch, 0, value, little);
      for (let i = 0; i < size; i++) this[offset + i] = scratchBytes[i];
      return offset + size;
    };
    Object.defineProperty(read, 'name', { value: `read${suffix}${end}` });
    Object.defineProperty(write, 'name', { value: `write${suffix}${end}` });
    for (const name of [suffix, suffix.replace('UInt', 'Uint')]) {
      proto[`read${name}${end}`] = read;
      proto[`write${name}${end}`] = write;
    }
  }
}

function checkByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 &&
      byteLength !== 5 && byteLength !== 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// (U)IntLE/BE of byteLength 1..6: arithmetic on doubles (48 bits are exact)
function defineVariable(proto, signed) {
  const suffix = signed ? 'Int' : 'UInt';
  for (const little of [true, false]) {
    const end = little ? 'LE' : 'BE';
    const at = (offset, size, i) => (little ? offset + i : offset + size - 1 - i);
    const read = function (offset, byteLength) {
      checkByteLength(byteLength);
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkOffset(this, offset, byteLength);
      let value = 0;
      let scale = 1;
      for (let i = 0; i < byteLength; i++) {
        value += this[at(offset, byteLength, i)] * scale;
        scale *= 256;
      }
      if (signed && value >= scale / 2) value -= scale;
      return value;
    };
    const write = function (value, offset, byteLength) {
      checkByteLength(byteLength);
      value = +value;
      const range = 2 ** (8 * byteLength);
      const min = signed ? -range / 2 : 0;
      const max = signed ? range / 2 - 1 : range - 1;
      checkInt(value, min, max, this, offset, byteLength);
      let v = value < 0 ? value + range : value;
      if (Number.isNaN(v)) v = 0;
      v = Math.trunc(v);
      for (let i = 0; i < byteLength; i++) {
        this[at(offset, byteLength, i)] = v % 256;
        v = Math.floor(v / 256);
      }
      return offset + byteLength;
    };
    Object.defineProperty(read, 'name', { value: `read${suffix}${end}` });
    Object.defineProperty(write, 'name', { value: `write${suffix}${end}` });
    for (const name of [suffix, suffix.replace('UInt', 'Uint')]) {
      proto[`read${name}${end}`] = read;
      proto[`write${name}${end}`] = write;
    }
  }
}

function install(proto) {
  for (const type of fixed) defineFixed(proto, type);
  defineVariable(proto, false);
  defineVariable(proto, true);
}

module.exports = { install };
