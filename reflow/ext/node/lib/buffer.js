'use strict';
// node:buffer. Buffer is a Uint8Array subclass: Buffer.from/alloc make FastBuffer
// instances, whose prototype is Buffer.prototype, as in Node. The encodings run in
// Python (bindings/buffer.py) over the bytes; the numeric reads and writes are in
// internal/buffer/read_write.js.
const ops = binding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateNumber, validateString, validateBuffer } = require('internal/validators');
const { normalizeEncoding } = require('internal/buffer/encoding');

// the engine's limit of a typed array's length (V8's on 64-bit, Node 20's kMaxLength)
const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

class FastBuffer extends Uint8Array {}

// Buffer(arg, encodingOrOffset, length): the deprecated constructor, as Buffer.from /
// Buffer.alloc
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function fromBytes(ab) {
  return new FastBuffer(ab, 0, ab.byteLength);
}

function encodingOf(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return enc;
}

function fromString(string, encoding) {
  const enc = typeof encoding !== 'string' || encoding.length === 0 ? 'utf8'
    : encodingOf(encoding);
  return fromBytes(ops.encode(string, enc));
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0 || length !== length) return new FastBuffer();
  const buf = new FastBuffer(length);
  for (let i = 0; i < length; i++) buf[i] = obj[i];
  return buf;
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const firstArgumentTypes = ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', firstArgumentTypes, value);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const size = view.BYTES_PER_ELEMENT;
  let start = 0;
  let end = view.length;
  if (offset !== undefined) {
    validateNumber(offset, 'offset', 0);
    start = Math.min(Math.trunc(offset), end);
  }
  if (length !== undefined) {
    validateNumber(length, 'length', 0);
    end = Math.min(start + Math.trunc(length), end);
  }
  if (end <= start) return new FastBuffer();
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start * size,
    (end - start) * size);
  return fromArrayLike(bytes);
};

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return buf.fill(fill, 0, buf.length, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(size);
};

function isBuffer(b) {
  return b instanceof Buffer;
}
Buffer.isBuffer = isBuffer;

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) ===
    '[object Uint8Array]';
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return ops.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += ops.copy(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  switch (normalizeEncoding(encoding) || 'utf8') {
    case 'ucs2': return len * 2;
    case 'latin1': case 'ascii': return len;
    case 'hex': return len >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string, len);
    default: return ops.byteLengthUtf8(string);
  }
}
Buffer.byteLength = byteLength;

// an integer offset or length in [min, max], as Node's validateOffset checks it
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

const proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  const len = this.length;
  if (arguments.length === 0) return ops.decode(this, 'utf8', 0, len);
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const enc = encoding === undefined ? 'utf8' : encodingOf(encoding);
  return ops.decode(this, enc, start, end);
};
proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  validateString(string, 'string');
  if (offset === undefined) return ops.write(this, string, 0, this.length, 'utf8');
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const enc = !encoding ? 'utf8' : encodingOf(encoding);
  return ops.write(this, string, offset, length, enc);
};

for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  proto[`${enc}Slice`] = function slice(start = 0, end = this.length) {
    if (start < 0 || end > this.length || start > end) throw new ERR_OUT_OF_RANGE('index', `>= 0 && <= ${this.length}`, start);
    return ops.decode(this, enc, start, end);
  };
  proto[`${enc}Write`] = function write(string, offset = 0, length = this.length - offset) {
    validateString(string, 'argument');
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    return ops.write(this, string, offset, length, enc);
  };
}

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || ops.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return ops.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return ops.compare(this.subarray(sourceStart, sourceEnd),
    target.subarray(targetStart, targetEnd));
};

// 'a' / 97 / a buffer searched for from byteOffset, forward or back
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  const len = buffer.length;
  if (byteOffset < 0) byteOffset += len;
  let needle;
  if (typeof val === 'number') {
    needle = new FastBuffer([val >>> 0 & 255]);
  } else if (typeof val === 'string') {
    needle = fromString(val, encoding);
    if (needle.length === 0) {
      if (dir) return byteOffset < 0 ? 0 : (byteOffset > len ? len : byteOffset);
      return byteOffset < 0 ? -1 : (byteOffset > len ? len : byteOffset);
    }
  } else if (isUint8Array(val)) {
    needle = val;
    if (needle.length === 0) return -1;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  if (dir) {
    if (byteOffset < 0) byteOffset = 0;
    if (byteOffset >= len) return -1;
  } else {
    if (byteOffset < 0) return -1;
    if (byteOffset >= len) byteOffset = len - 1;
  }
  return ops.indexOf(buffer, needle, Math.trunc(byteOffset), dir);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  if (offset === undefined) offset = 0;
  else validateOffset(offset, 'offset');
  if (end === undefined) end = this.length;
  else validateOffset(end, 'end', 0, this.length);
  if (offset >= end) return this;
  let pattern;
  if (typeof value === 'string') {
    if (encoding !== undefined && typeof encoding !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
    }
    const enc = encoding === undefined ? 'utf8' : encodingOf(encoding);
    if (value.length === 0) {
      pattern = new FastBuffer(1);
    } else {
      pattern = fromBytes(ops.encode(value, enc));
      if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else if (isUint8Array(value)) {
    pattern = value;
    if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else if (ArrayBuffer.isView(value)) {
    pattern = new FastBuffer(value.buffer, value.byteOffset, value.byteLength);
  } else {
    pattern = new FastBuffer([typeof value === 'boolean' ? +value : (value >>> 0) & 255]);
  }
  ops.fill(this, pattern, offset, end);
  return this;
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 0);
  if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 0);
  if (sourceStart < 0 || sourceStart > this.length) {
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 0);
  if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  const bytes = target instanceof Uint8Array ? target
    : new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  return ops.copy(this, bytes, targetStart, sourceStart, sourceEnd);
};

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// slice shares the memory, as subarray does (Node 17+)
proto.slice = function slice(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

for (const [name, size] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
  proto[name] = function () {
    const len = this.length;
    if (len % size !== 0) throw new (require('internal/errors').codes.ERR_INVALID_BUFFER_SIZE)(`${size * 8}-bits`);
    for (let i = 0; i < len; i += size) {
      for (let j = 0; j < size / 2; j++) swap(this, i + j, i + size - 1 - j);
    }
    return this;
  };
}

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

const INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// <Buffer 68 69>, as console.log and util.inspect show a buffer
proto[customInspect] = function inspect() {
  const max = module.exports.INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  let str = ops.decode(this, 'hex', 0, shown).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspect];

require('internal/buffer/read_write').install(proto);

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return ops.atob(`${input}`);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  return ops.btoa(`${input}`);
}

function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    return ops.isUtf8(ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    return ops.isAscii(ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
};
Object.defineProperty(module.exports, 'FastBuffer', { value: FastBuffer, enumerable: false });
