'use strict';
// node:crypto: random bytes, integers and UUIDs, createHash / createHmac (md5, sha1,
// sha2, sha3, blake2...) with update / digest / copy, hash(), timingSafeEqual,
// getRandomValues; on bindings/crypto.py (hashlib, hmac, secrets).

const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { validateFunction, validateNumber, validateString } = require('internal/validators');
const b = binding('crypto');

const { E } = errors;
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
  RangeError);
const {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
} = errors.codes;

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kMaxLength = 2 ** 31 - 1;

// the bytes of `data` (a string in `encoding`, or a view) as a Uint8Array
function bytesOf(data, encoding, name, types) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer && types.includes('ArrayBuffer')) return new Uint8Array(data);
  throw new ERR_INVALID_ARG_TYPE(name, types, data);
}

function output(arrayBuffer, encoding) {
  const buf = Buffer.from(arrayBuffer);
  // an encoding Buffer does not know gives the Buffer, as in Node
  return typeof encoding === 'string' && Buffer.isEncoding(encoding) ?
    buf.toString(encoding) : buf;
}

// -- Hash and Hmac ----------------------------------------------------------------------

const DATA_TYPES = ['string', 'Buffer', 'TypedArray', 'DataView'];

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  validateString(algorithm, 'algorithm');
  const state = b.hashNew(algorithm);
  if (state === null) throw new Error('Digest method not supported');
  this[kState] = state;
  this[kFinalized] = false;
}

Hash.prototype.update = function update(data, inputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  b.update(this[kState], bytesOf(data, inputEncoding, 'data', DATA_TYPES));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return output(b.digest(this[kState]), outputEncoding);
};

Hash.prototype.copy = function copy() {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const twin = Object.create(Hash.prototype);
  twin[kState] = b.copy(this[kState]);
  twin[kFinalized] = false;
  return twin;
};

const KEY_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject',
                   'CryptoKey'];

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = bytesOf(key, options && options.encoding, 'key', KEY_TYPES);
  const state = b.hmacNew(hmac, keyBytes);
  if (state === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kState] = state;
  this[kFinalized] = false;
}

Hmac.prototype.update = Hash.prototype.update;

// a second digest gives an empty result, as Node's Hmac does
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) return output(new ArrayBuffer(0), outputEncoding);
  this[kFinalized] = true;
  return output(b.digest(this[kState]), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest
function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  return createHash(algorithm).update(data).digest(outputEncoding);
}

// -- randomness ------------------------------------------------------------------------

// the callback, on a later macrotask (Node's randomInt passes no error as undefined)
function later(callback, compute, errorArg = 'null') {
  require('timers').setImmediate(() => {
    let value;
    try {
      value = compute();
    } catch (err) {
      callback(err);
      return;
    }
    callback(errorArg === 'null' ? null : undefined, value);
  });
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const make = () => Buffer.from(b.randomBytes(size));
  if (callback === undefined) return make();
  later(callback, make);
}

function randomFillSync(buffer, offset = 0, size) {
  if (!ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buffer);
  }
  const bytes = bytesOf(buffer, undefined, 'buf', ['ArrayBuffer']);
  validateNumber(offset, 'offset', 0, bytes.byteLength);
  if (size === undefined) size = bytes.byteLength - offset;
  validateNumber(size, 'size', 0, bytes.byteLength - offset);
  b.fillRandom(new Uint8Array(bytes.buffer, bytes.byteOffset + offset, size));
  return buffer;
}

function randomFill(buffer, offset, size, callback) {
  if (typeof offset === 'function') [callback, offset, size] = [offset, 0, undefined];
  else if (typeof size === 'function') [callback, size] = [size, undefined];
  validateFunction(callback, 'callback');
  randomFillSync(buffer, offset, size);
  later(callback, () => buffer);
}

const RAND_MAX = 0xFFFFFFFFFFFF;   // 2 ** 48 - 1: Node's limit of max - min

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  if (max - min > RAND_MAX) {
    throw new ERR_OUT_OF_RANGE('max - min', `<= ${RAND_MAX}`, max - min);
  }
  if (callback === undefined) return b.randomInt(min, max);
  later(callback, () => b.randomInt(min, max), 'undefined');
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  return b.randomUUID();
}

const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
                        'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array',
                        'BigUint64Array'];

// the Web Crypto API's getRandomValues, with its DOMExceptions
function getRandomValues(data) {
  const tag = ArrayBuffer.isView(data) && !(data instanceof DataView) ?
    Object.prototype.toString.call(data).slice(8, -1) : '';
  if (!INTEGER_ARRAYS.includes(tag)) {
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  b.fillRandom(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

function timingSafeEqual(buf1, buf2) {
  const views = [buf1, buf2].map((buf, i) => {
    if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
    const err = new TypeError(`The "buf${i + 1}" argument must be an instance of ` +
                              'ArrayBuffer, Buffer, TypedArray, or DataView.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  });
  if (views[0].byteLength !== views[1].byteLength) {
    throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  }
  return b.timingSafeEqual(views[0], views[1]);
}

function getHashes() {
  return b.hashes.slice();
}

module.exports = {
  createHash,
  createHmac,
  hash,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  pseudoRandomBytes: randomBytes,
  Hash,
  Hmac,
  constants: {},
  webcrypto: { getRandomValues, randomUUID },
};
