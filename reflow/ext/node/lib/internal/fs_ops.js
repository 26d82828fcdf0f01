'use strict';
// node:fs's operations, each as [check, run]: `check(...args)` validates the arguments
// as Node does (throwing its errors, synchronously even for the callback form) and
// returns what `run(checked)` needs; `run` does the host call (bindings/fs.py, which
// checks the permission). lib/fs.js makes the Sync and callback forms of each,
// lib/fs/promises.js the promise forms. An optional third member, `callbackArgs(result,
// checked)`, gives the callback's arguments after the error when they are not (result).

const {
  binding: b, constants, getValidatedPath, pathOrFd, validateFd, stringToFlags, parseMode,
  getOptions, dataBytes, fileContents, validateRmOptions, makeStats, direntsOf, rmPath,
} = require('internal/fs_utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateBoolean, validateInteger, validateObject } = require('internal/validators');

function booleanOption(options, key, def) {
  const value = options[key];
  if (value === undefined) return def;
  if (typeof value !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'boolean', value);
  }
  return value;
}

function writeOp(defaultFlag) {
  return [
    (path, data, options) => {
      options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
      const target = pathOrFd(path);
      const flags = stringToFlags(options.flag);
      return [target, dataBytes(data, options.encoding), flags,
              parseMode(options.mode, 'mode', 0o666)];
    },
    ([target, bytes, flags, mode]) => b.writeFile(target, bytes, flags, mode),
  ];
}

function statOp(follow) {
  return [
    (path, options = {}) => {
      validateObject(options, 'options');
      return [getValidatedPath(path), booleanOption(options, 'throwIfNoEntry', true)];
    },
    ([path, throwIfNoEntry]) => makeStats(b.stat(path, follow, throwIfNoEntry)),
  ];
}

// (Node words this range error so)
function validateAccessMode(mode) {
  validateInteger(mode, 'mode');
  if (mode < 0 || mode > 7) {
    const err = new RangeError('mode is out of range: >= 0 && <= 7');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
}

// seconds since the epoch, from a number, a numeric string or a Date
function toUnixTimestamp(time, name) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') return Number.isFinite(time) && time >= 0 ? time : Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// fs.read(fd, buffer, offset, length, position) or fs.read(fd, buffer, {offset, ...})
function readArgs(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    ({ buffer, offset = 0, length, position = null } = buffer);
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length, position = null } = offset);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const view = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (offset === undefined || offset === null) offset = 0;
  validateInteger(offset, 'offset', 0);
  if (length === undefined) length = view.byteLength - offset;
  validateInteger(length, 'length', 0, view.byteLength - offset);
  if (position === undefined) position = null;
  if (position !== null && typeof position !== 'bigint') validateInteger(position, 'position', -1);
  return [fd, view, offset, length, position === null ? null : Number(position), buffer];
}

// fs.write(fd, buffer, offset, length, position) or fs.write(fd, string, position, enc)
function writeArgs(fd, data, offset, length, position) {
  validateFd(fd);
  if (typeof data === 'string') {
    const bytes = dataBytes(data, typeof length === 'string' ? length : 'utf8');
    const at = offset === undefined || offset === null ? null : offset;
    return [fd, bytes, 0, bytes.byteLength, at, data];
  }
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   data);
  }
  const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length, position = null } = offset);
  }
  if (offset === undefined || offset === null) offset = 0;
  validateInteger(offset, 'offset', 0);
  if (length === undefined || length === null) length = view.byteLength - offset;
  validateInteger(length, 'length', 0, view.byteLength - offset);
  if (position === undefined) position = null;
  return [fd, view, offset, length, position, data];
}

const ops = {
  readFile: [
    (path, options) => {
      options = getOptions(options, { encoding: null, flag: 'r' });
      stringToFlags(options.flag);
      return [pathOrFd(path), options.encoding];
    },
    ([target, encoding]) => fileContents(b.readFile(target), encoding),
  ],
  writeFile: writeOp('w'),
  appendFile: writeOp('a'),
  access: [
    (path, mode = constants.F_OK) => {
      validateAccessMode(mode);
      return [getValidatedPath(path), mode];
    },
    ([path, mode]) => b.access(path, mode),
  ],
  stat: statOp(true),
  lstat: statOp(false),
  fstat: [(fd) => validateFd(fd), (fd) => makeStats(b.fstat(fd))],
  readdir: [
    (path, options) => {
      options = getOptions(options, { encoding: 'utf8' });
      return [getValidatedPath(path), booleanOption(options, 'withFileTypes', false),
              booleanOption(options, 'recursive', false)];
    },
    ([path, withFileTypes, recursive]) =>
      direntsOf(b.readdir(path, withFileTypes, recursive), withFileTypes),
  ],
  mkdir: [
    (path, options) => {
      let recursive = false;
      let mode = 0o777;
      if (typeof options === 'number' || typeof options === 'string') {
        mode = parseMode(options, 'mode', 0o777);
      } else if (options !== undefined && options !== null) {
        validateObject(options, 'options');
        recursive = booleanOption(options, 'recursive', false);
        mode = parseMode(options.mode, 'mode', 0o777);
      }
      return [getValidatedPath(path), recursive, mode];
    },
    ([path, recursive, mode]) => b.mkdir(path, recursive, mode),
  ],
  mkdtemp: [
    (prefix, options) => {
      getOptions(options, {});
      return getValidatedPath(prefix, 'prefix');
    },
    (prefix) => b.mkdtemp(prefix),
  ],
  rm: [
    (path, options) => [getValidatedPath(path), validateRmOptions(options)],
    ([path, options]) => rmPath(path, options),
  ],
  rmdir: [
    (path, options) => {
      const recursive = options !== undefined && options !== null && options.recursive;
      return [getValidatedPath(path), recursive === true];
    },
    ([path, recursive]) => (recursive ? rmPath(path, { recursive: true, force: false }) :
      b.rmdir(path)),
  ],
  unlink: [(path) => getValidatedPath(path), (path) => b.unlink(path)],
  rename: [
    (oldPath, newPath) => [getValidatedPath(oldPath, 'oldPath'),
                           getValidatedPath(newPath, 'newPath')],
    ([oldPath, newPath]) => b.rename(oldPath, newPath),
  ],
  copyFile: [
    (src, dest, mode = 0) => {
      validateInteger(mode, 'mode', 0, 7);
      return [getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
              (mode & constants.COPYFILE_EXCL) !== 0];
    },
    ([src, dest, exclusive]) => b.copyFile(src, dest, exclusive),
  ],
  realpath: [
    (path, options) => {
      getOptions(options, {});
      return getValidatedPath(path);
    },
    (path) => b.realpath(path, false),
  ],
  readlink: [
    (path, options) => {
      getOptions(options, {});
      return getValidatedPath(path);
    },
    (path) => b.readlink(path),
  ],
  symlink: [
    (target, path) => [getValidatedPath(target, 'target'), getValidatedPath(path)],
    ([target, path]) => b.symlink(target, path),
  ],
  link: [
    (existingPath, newPath) => [getValidatedPath(existingPath, 'existingPath'),
                                getValidatedPath(newPath, 'newPath')],
    ([existingPath, newPath]) => b.link(existingPath, newPath),
  ],
  chmod: [
    (path, mode) => [getValidatedPath(path), parseMode(mode, 'mode')],
    ([path, mode]) => b.chmod(path, mode),
  ],
  utimes: [
    (path, atime, mtime) => [getValidatedPath(path), toUnixTimestamp(atime, 'atime'),
                             toUnixTimestamp(mtime, 'mtime')],
    ([path, atime, mtime]) => b.utimes(path, atime, mtime),
  ],
  truncate: [
    (path, len = 0) => {
      validateInteger(len, 'len');
      return [getValidatedPath(path), Math.max(0, len)];
    },
    ([path, len]) => b.truncate(path, len),
  ],
  open: [
    (path, flags, mode) => [getValidatedPath(path), stringToFlags(flags),
                            parseMode(mode, 'mode', 0o666)],
    ([path, flags, mode]) => b.open(path, flags, mode),
  ],
  close: [(fd) => validateFd(fd), (fd) => b.close(fd)],
  fsync: [(fd) => validateFd(fd), (fd) => b.fsync(fd)],
  read: [
    readArgs,
    ([fd, view, offset, length, position]) => b.read(fd, view, offset, length, position),
    (bytesRead, checked) => [bytesRead, checked[5]],
  ],
  write: [
    writeArgs,
    ([fd, view, offset, length, position]) => b.write(fd, view, offset, length, position),
    (bytesWritten, checked) => [bytesWritten, checked[5]],
  ],
};

// realpath.native: the system's realpath, with its error
const realpathNative = [ops.realpath[0], (path) => b.realpath(path, true)];

module.exports = { ops, realpathNative, validateBoolean };
