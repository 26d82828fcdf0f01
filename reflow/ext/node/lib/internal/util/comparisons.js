'use strict';
// Deep equality as Node's assert.deepEqual (loose) and assert.deepStrictEqual /
// util.isDeepStrictEqual (strict) define it: primitives by == or Object.is; objects by
// their [[Class]] (and, strict, their prototype), their own enumerable keys (strict:
// symbols too), and what their internal slots hold (dates, regular expressions, boxed
// primitives, errors, typed arrays and buffers, Map and Set entries in any order).
// Cycles compare equal where both sides cycle alike.
const { types, primitiveOf } = binding('util');

const kStrict = true;
const kLoose = false;

const toStr = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) return val1 !== 0 || !strict || Object.is(val1, val2);
  if (strict) {
    if (typeof val1 !== 'object') return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  const tag1 = toStr(val1);
  if (tag1 !== toStr(val2)) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownKeys(val1, strict, true);
    if (keys1.length !== ownKeys(val2, strict, true).length) return false;
    return keyCheck(val1, val2, strict, memos, 'array', keys1);
  }
  if (tag1 === '[object Object]' && !types.isBoxedPrimitive(val1) &&
      !types.isBoxedPrimitive(val2)) {
    return keyCheck(val1, val2, strict, memos, 'object');
  }
  if (types.isDate(val1)) {
    if (!types.isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) return false;
  } else if (types.isNativeError(val1) || val1 instanceof Error) {
    if ((!types.isNativeError(val2) && !(val2 instanceof Error)) ||
        val1.message !== val2.message || val1.name !== val2.name) return false;
    if (hasOwn(val1, 'cause') !== hasOwn(val2, 'cause') ||
        (hasOwn(val1, 'cause') && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) return false;
    if (hasOwn(val1, 'errors') !== hasOwn(val2, 'errors') ||
        (hasOwn(val1, 'errors') && !innerDeepEqual(val1.errors, val2.errors, strict, memos))) return false;
  } else if (types.isArrayBufferView(val1)) {
    if (!types.isArrayBufferView(val2)) return false;
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!sameValues(val1, val2)) return false;
    } else if (!sameBytes(val1, val2)) {
      return false;
    }
    const keys1 = ownKeys(val1, strict, true);
    if (keys1.length !== ownKeys(val2, strict, true).length) return false;
    return keyCheck(val1, val2, strict, memos, 'object', keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 'set');
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, 'map');
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) ||
        !sameBytes(new Uint8Array(val1), new Uint8Array(val2))) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    if (!types.isBoxedPrimitive(val2) || !Object.is(primitiveOf(val1), primitiveOf(val2))) return false;
  } else if (Array.isArray(val2) || types.isArrayBufferView(val2) || types.isSet(val2) ||
             types.isMap(val2) || types.isDate(val2) || types.isRegExp(val2) ||
             types.isAnyArrayBuffer(val2) || types.isBoxedPrimitive(val2) ||
             types.isNativeError(val2) || val2 instanceof Error) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, 'object');
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameValues(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// own enumerable string keys (without indices, for arrays and typed arrays), and in
// strict mode the enumerable symbols
function ownKeys(obj, strict, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 2 ** 32 - 1));
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, sym)) keys.push(sym);
  }
  return keys;
}

function keyCheck(val1, val2, strict, memos, kind, keys1) {
  if (keys1 === undefined) {
    keys1 = ownKeys(val1, strict, false);
    const keys2 = ownKeys(val2, strict, false);
    if (keys1.length !== keys2.length) return false;
  }
  for (const key of keys1) {
    if (!isEnumerable(val2, key)) return false;
  }
  if (keys1.length === 0 && (kind === 'object' || (kind === 'array' && val1.length === 0))) {
    return true;
  }
  // cycles: a pair already being compared counts as equal
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const seen1 = memos.val1.get(val1);
    if (seen1 !== undefined) {
      const seen2 = memos.val2.get(val2);
      if (seen2 !== undefined) return seen1 === seen2;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const result = objEquiv(val1, val2, strict, keys1, memos, kind);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else if (strict) {
        // holes: the same indices must be present on both
        const keysA = Object.keys(a);
        const keysB = Object.keys(b);
        if (keysA.length !== keysB.length) return false;
        for (const k of keysA) if (!hasOwn(b, k) || !innerDeepEqual(a[k], b[k], strict, memos)) return false;
        return true;
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const val of a) {
    if (isObjectLike(val) || (!strict && typeof val !== 'symbol' && !b.has(val))) {
      if (pending === null) pending = [];
      pending.push(val);
    } else if (!b.has(val)) {
      return false;
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const val of b) {
    if (isObjectLike(val) || (!strict && !a.has(val))) candidates.push(val);
  }
  for (const val of pending) {
    const i = candidates.findIndex((c) => innerDeepEqual(val, c, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item1] of a) {
    if (isObjectLike(key) || (!strict && !b.has(key))) {
      if (pending === null) pending = [];
      pending.push([key, item1]);
    } else {
      if (!b.has(key)) return false;
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        return false;
      }
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const [key, item] of b) {
    if (isObjectLike(key) || (!strict && !a.has(key))) candidates.push([key, item]);
  }
  for (const [key, item1] of pending) {
    const i = candidates.findIndex(([k, item2]) => innerDeepEqual(key, k, strict, memos) &&
      innerDeepEqual(item1, item2, strict, memos));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return candidates.length === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
