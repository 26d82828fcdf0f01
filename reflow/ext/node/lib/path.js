'use strict';
// node:path, POSIX flavour (path.posix). path.win32 is the same object: reflow runs on
// POSIX hosts and has no Windows path rules.
const { validateObject, validateString } = require('internal/validators');
const { cwd } = binding('path');

// `path` with '.' and '..' segments folded away (a '..' above the start is kept when
// the path is relative); no leading or trailing slash in the result
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path[0] === '/';
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path[0] === '/';
  const trailing = path[path.length - 1] === '/';
  let result = normalizeSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) result += '/';
  return absolute ? `/${result}` : result;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path[0] === '/';
}

function join(...args) {
  if (args.length === 0) return '.';
  const parts = [];
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  if (parts.length === 0) return '.';
  return normalize(parts.join('/'));
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path[0] === '/';
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path[i] === '/') {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

// [start, end) of the last segment, trailing slashes left out
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return [start, end];
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const [start, end] = lastSegment(path);
  const base = path.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

// the index of the extension's dot in `base`, or -1: a dot at the start, or '..', is
// no extension ('...' has '.', '.a.b' has '.b')
function extensionDot(base) {
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? -1 : dot;
}

function extname(path) {
  validateString(path, 'path');
  const [start, end] = lastSegment(path);
  const base = path.slice(start, end);
  const dot = extensionDot(base);
  return dot === -1 ? '' : base.slice(dot);
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path[0] === '/';
  if (absolute) ret.root = '/';
  const [start, end] = lastSegment(path);
  if (start === 0 && end === 0) {
    // only slashes
    ret.dir = ret.root;
    return ret;
  }
  const base = path.slice(start, end);
  const dot = extensionDot(base);
  ret.base = base;
  if (dot === -1) {
    ret.name = base;
  } else {
    ret.name = base.slice(0, dot);
    ret.ext = base.slice(dot);
  }
  if (start > 0) {
    ret.dir = path.slice(0, start - 1) || (absolute ? '/' : '');
    if (ret.dir === '' && absolute) ret.dir = '/';
  } else if (absolute) {
    ret.dir = '/';
  }
  return ret;
}

function matchesGlob() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('matchesGlob()');
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename,
  extname, format, parse, matchesGlob, sep: '/', delimiter: ':', win32: null, posix: null,
  _makeLong: toNamespacedPath,
};
posix.posix = posix;
posix.win32 = posix;

module.exports = posix;
