'use strict';
// node:url: the WHATWG URL and URLSearchParams (internal/url.js), fileURLToPath and
// pathToFileURL, domainToASCII/Unicode, and the legacy API (url.parse, url.format,
// url.resolve) for the common forms of URL.
const {
  URL, URLSearchParams, isURL, domainToASCII, domainToUnicode,
} = require('internal/url');
const querystring = require('querystring');
const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

// -- file: URLs ----------------------------------------------------------------------

function fileURLToPath(input) {
  let url = input;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// the characters a path keeps literally but a URL's path would not
function encodePathChars(filepath) {
  return filepath.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function pathToFileURL(filepath) {
  validateString(filepath, 'path');
  const outURL = new URL('file://');
  let resolved = path.resolve(filepath);
  // path.resolve drops a trailing slash: kept, as Node keeps it
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  outURL.pathname = encodePathChars(resolved);
  return outURL;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[')
      ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// -- the legacy API ----------------------------------------------------------------

const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// characters that end a host, and those escaped in the rest of a URL
const nonHostChars = /[%/?;#<>"` \r\n\t{}|\\^']/;
const autoEscape = /[\t\n\r "'<>\\^`{|}]/g;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  // backslashes before the query are slashes; the ends are trimmed
  let rest = url.trim();
  const queryAt = rest.search(/[?#]/);
  rest = queryAt === -1 ? rest.replace(/\\/g, '/')
    : rest.slice(0, queryAt).replace(/\\/g, '/') + rest.slice(queryAt);

  if (!slashesDenoteHost && !url.includes('#')) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto = '';
  const proto = protocolPattern.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    // the auth is what comes before the last '@' of the host part
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    const atSign = rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }
    let end = rest.search(nonHostChars);
    if (end === -1) end = rest.length;
    this.host = rest.slice(0, end);
    rest = rest.slice(end);
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const ipv6 = this.hostname.startsWith('[') && this.hostname.endsWith(']');
    if (!ipv6) {
      this.hostname = this.hostname.toLowerCase();
      if (/[^\x00-\x7f]/.test(this.hostname)) this.hostname = domainToASCII(this.hostname);
    }
    const port = this.port ? `:${this.port}` : '';
    this.host = this.hostname + port;
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }
  rest = rest.replace(autoEscape, (c) => encodeURIComponent(c) === c
    ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c));
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[')
      ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.format(), relative);
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    // the WHATWG URL with the parts options leave out
    const { auth = true, fragment = true, search = true, unicode = false } = options || {};
    let out = `${urlObject.protocol}`;
    if (urlObject.host !== '' || urlObject.protocol === 'file:') out += '//';
    if (auth && (urlObject.username || urlObject.password)) {
      out += urlObject.username;
      if (urlObject.password) out += `:${urlObject.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(urlObject.hostname) : urlObject.hostname;
    if (urlObject.port) out += `:${urlObject.port}`;
    out += urlObject.pathname;
    if (search) out += urlObject.search;
    if (fragment) out += urlObject.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

// url.resolve as the WHATWG parser resolves it, with a stand-in scheme for a base that
// has none
function urlResolve(from, to) {
  const resolved = new URL(to, new URL(from, 'resolve://'));
  if (resolved.protocol === 'resolve:') {
    const { pathname, search, hash } = resolved;
    // a relative base stays relative
    const relative = !from.startsWith('/') && !to.startsWith('/') && pathname.startsWith('/');
    return (relative ? pathname.slice(1) : pathname) + search + hash;
  }
  return resolved.toString();
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
