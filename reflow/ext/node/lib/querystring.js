'use strict';
// node:querystring: parse / stringify of application/x-www-form-urlencoded text as Node
// reads and writes it (a result of null prototype, repeated keys as arrays, '+' as a
// space, malformed %-escapes kept or decoded leniently by unescapeBuffer).
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

// the bytes of `s` with each valid %XX decoded (and '+' as a space if decodeSpaces)
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const out = [];
  let literal = '';
  const flush = () => {
    if (literal) out.push(...Buffer.from(literal));
    literal = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length + 0 && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      flush();
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 43 && decodeSpaces) {
      literal += ' ';
    } else {
      literal += s[i];
    }
  }
  flush();
  return Buffer.from(out);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    // a lone surrogate
    throw new ERR_INVALID_URI();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  return stringifyPrimitive(v);
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function'
    ? options.encodeURIComponent : escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = `${encode(stringifyPrimitive(k))}${eq}`;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encodeStringified(item, encode));
    } else {
      fields.push(ks + encodeStringified(v, encode));
    }
  }
  return fields.join(sep);
}

function addKeyVal(obj, key, value) {
  if (Object.prototype.hasOwnProperty.call(obj, key)) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const custom = options && typeof options.decodeURIComponent === 'function';
  const decoder = custom ? options.decodeURIComponent : unescape;
  let parts = qs.split(sep);
  if (maxKeys > 0) parts = parts.slice(0, maxKeys);
  for (const part of parts) {
    if (part.length === 0) continue;
    const idx = part.indexOf(eq);
    let key = idx >= 0 ? part.slice(0, idx) : part;
    let value = idx >= 0 ? part.slice(idx + eq.length) : '';
    key = key.replace(/\+/g, ' ');
    value = value.replace(/\+/g, ' ');
    if (custom || key.includes('%')) key = decodeStr(key, decoder);
    if (custom || value.includes('%')) value = decodeStr(value, decoder);
    addKeyVal(obj, key, value);
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
