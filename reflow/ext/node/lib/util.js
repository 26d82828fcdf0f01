'use strict';
// node:util: format, inspect (console's formatter, through bindings/util.py), promisify,
// callbackify, inherits, deprecate, types, isDeepStrictEqual, TextEncoder/TextDecoder.
const ops = binding('util');
const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { format, formatWithOptions, inspect } = require('internal/util/inspect');
const { debuglog, deprecate, getProcess, stripVTControlCharacters, styleText, toUSVString } =
  require('internal/util/misc');

const types = { ...ops.types, isKeyObject: () => false, isCryptoKey: () => false };

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// process.nextTick where node:process has it, else a microtask
function nextTick(fn, ...args) {
  const process = getProcess();
  if (process && typeof process.nextTick === 'function') process.nextTick(fn, ...args);
  else queueMicrotask(() => fn(...args));
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const proto = Object.getPrototypeOf(original);
  if (proto !== null) Object.setPrototypeOf(callbackified, proto);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

function aborted(signal, resource) {
  validateObject(signal, 'signal');
  if (resource === undefined || resource === null || typeof resource !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => require('buffer').Buffer.isBuffer(v),
  isDeepStrictEqual,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === undefined || v === null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
  TextDecoder,
  TextEncoder,
};
