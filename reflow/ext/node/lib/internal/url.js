'use strict';
// URL and URLSearchParams (WHATWG URL). URL parses on the ada-url library
// (bindings/url.py); URLSearchParams is the list of name-value pairs of the
// application/x-www-form-urlencoded format, kept in step with its URL's query.
// These are the classes a global URL / URLSearchParams can be.
const ops = binding('url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_URL, ERR_MISSING_ARGS,
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const NAMES = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash'];
const INDEX = Object.fromEntries(NAMES.map((n, i) => [n, i]));

// -- application/x-www-form-urlencoded ---------------------------------------------

const hexDigit = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

// percent-decoding of bytes, then UTF-8 with U+FFFD for what is not
function percentDecode(text) {
  if (!text.includes('%')) return text;
  const { Buffer } = require('buffer');
  const bytes = Buffer.from(text, 'utf8');
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length && hexDigit(bytes[i + 1]) && hexDigit(bytes[i + 2])) {
      out.push(Number.parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return Buffer.from(out).toString('utf8');
}

function parseParams(query) {
  const list = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq >= 0 ? part.slice(0, eq) : part;
    const value = eq >= 0 ? part.slice(eq + 1) : '';
    list.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return list;
}

// the urlencoded byte serializer: *-._ and alphanumerics kept, space as '+'
function serializeText(text) {
  return encodeURIComponent(text.toWellFormed()).replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function serializeParams(list) {
  return list.map(([k, v]) => `${serializeText(k)}=${serializeText(v)}`).join('&');
}

const kList = Symbol('list');
const kUrl = Symbol('url');

function toUSV(value) {
  return `${value}`.toWellFormed();
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].map(([k, v]) => [k, v]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this[kList].push([key.toWellFormed(), toUSV(init[key])]);
        }
      }
    } else {
      let text = toUSV(init);
      if (text[0] === '?') text = text.slice(1);
      this[kList] = parseParams(text);
    }
  }

  #update() {
    const url = this[kUrl];
    if (url === null) return;
    const query = serializeParams(this[kList]);
    setQuery(url, query);
  }

  get size() { return checkParams(this)[kList].length; }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this[kList] = this[kList].filter(([k, v]) => k !== name || v !== value);
    } else {
      this[kList] = this[kList].filter(([k]) => k !== name);
    }
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const found = this[kList].find(([k]) => k === name);
    return found ? found[1] : null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this[kList].filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this[kList].some(([k, v]) => k === name && v === value);
    }
    return this[kList].some(([k]) => k === name);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this[kList];
    const first = list.findIndex(([k]) => k === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter(([k], i) => i <= first || k !== name);
    }
    this.#update();
  }

  sort() {
    checkParams(this);
    // a stable sort by code units of the names
    this[kList] = this[kList].map((pair, i) => [pair, i])
      .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
      .map(([pair]) => pair);
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  *entries() {
    checkParams(this);
    for (let i = 0; i < this[kList].length; i++) yield [...this[kList][i]];
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  toString() {
    return serializeParams(checkParams(this)[kList]);
  }

  [customInspect](depth, options, inspect) {
    const items = this[kList].map(([k, v]) => `${inspect(k)} => ${inspect(v)}`);
    return `URLSearchParams {${items.length ? ` ${items.join(', ')} ` : ''}}`;
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

function checkParams(params) {
  if (params === null || typeof params !== 'object' || !(kList in params)) {
    throw new ERR_INVALID_THIS('URLSearchParams');
  }
  return params;
}

// -- URL ---------------------------------------------------------------------------

class URL {
  #parts;
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = ops.parse(input, base);
    if (parts === undefined) throw new ERR_INVALID_URL(input, base);
    this.#parts = parts;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return ops.parse(`${input}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static isURL(value) {
    return value != null && typeof value === 'object' && #parts in value;
  }

  // set one component through the parser (an invalid href throws; others are ignored)
  static setComponent(url, name, value) {
    const parts = ops.set(url.#parts[0], name, `${value}`);
    if (parts === undefined) {
      if (name === 'href') throw new ERR_INVALID_URL(`${value}`);
      return;
    }
    url.#parts = parts;
    if (url.#params !== null && name !== 'hash') {
      url.#params[kList] = parseParams(parts[INDEX.search].slice(1));
    }
  }

  get searchParams() {
    if (this.#params === null) {
      this.#params = new URLSearchParams(this.#parts[INDEX.search]);
      this.#params[kUrl] = this;
    }
    return this.#params;
  }

  toString() { return this.#parts[0]; }

  toJSON() { return this.#parts[0]; }

  static get(url, name) {
    if (url === null || typeof url !== 'object' || !(#parts in url)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
    return url.#parts[INDEX[name]];
  }

  [customInspect](depth, options, inspect) {
    const obj = {};
    for (const name of NAMES.slice(0, -1)) obj[name] = this.#parts[INDEX[name]];
    obj.searchParams = this.searchParams;
    obj.hash = this.#parts[INDEX.hash];
    return `URL ${inspect(obj)}`;
  }
}

// the query set through searchParams: an empty one drops the '?'
function setQuery(url, query) {
  setComponent(url, 'search', query === '' ? '' : `?${query}`);
}

// the statics the accessors use, not left on URL
const { isURL, get: getPart, setComponent } = URL;
delete URL.isURL;
delete URL.get;
delete URL.setComponent;

for (const name of NAMES) {
  const desc = { enumerable: true, configurable: true, get() { return getPart(this, name); } };
  if (name !== 'origin') {
    desc.set = function (value) {
      getPart(this, name);   // (the receiver check)
      setComponent(this, name, value);
    };
  }
  Object.defineProperty(URL.prototype, name, desc);
}
for (const name of ['searchParams', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  Object.defineProperty(URL.prototype, name, { ...d, enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

module.exports = {
  URL, URLSearchParams, isURL, domainToASCII: ops.domainToASCII,
  domainToUnicode: ops.domainToUnicode,
};
