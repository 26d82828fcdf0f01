'use strict';
// What node:fs and node:fs/promises share: the argument checks (paths, flags, modes,
// options, data) with Node's errors, the Stats and Dirent classes, and rm's SystemError.

const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { validateFunction, validateInteger, validateObject } = require('internal/validators');
const b = binding('fs');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = errors.codes;
const C = b.constants;

const constants = Object.assign({ UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2 }, C, {
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

// -- paths ---------------------------------------------------------------------------------

// a path argument (string, Buffer / Uint8Array, or file: URL) as a string
function getValidatedPath(path, name = 'path') {
  let text = path;
  if (path !== null && typeof path === 'object' && path.href !== undefined &&
      path.protocol !== undefined) {
    text = require('url').fileURLToPath(path);
  } else if (path instanceof Uint8Array) {
    text = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
  } else if (typeof path !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (text.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
  return text;
}

// a path, or a file descriptor where the op also takes one (readFile, writeFile)
function pathOrFd(path, name = 'path') {
  if (Number.isInteger(path) && path >= 0 && path <= 2147483647) return path;
  return getValidatedPath(path, name);
}

function validateFd(fd) {
  validateInteger(fd, 'fd', 0, 2147483647);
  return fd;
}

// -- flags, modes, options -----------------------------------------------------------------

const FLAGS = {
  r: C.O_RDONLY,
  rs: C.O_RDONLY | C.O_SYNC,
  sr: C.O_RDONLY | C.O_SYNC,
  'r+': C.O_RDWR,
  'rs+': C.O_RDWR | C.O_SYNC,
  'sr+': C.O_RDWR | C.O_SYNC,
  w: C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
  wx: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xw: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
  'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  a: C.O_APPEND | C.O_CREAT | C.O_WRONLY,
  ax: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  xa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  as: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  sa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
  'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
  'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return C.O_RDONLY;
  if (typeof flags === 'string' && Object.hasOwn(FLAGS, flags)) return FLAGS[flags];
  throw new ERR_INVALID_ARG_VALUE(name, flags, 'is invalid');
}

// a mode: an integer or an octal string, else `def`
function parseMode(mode, name, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw new ERR_INVALID_ARG_VALUE(name, mode,
                                      'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mode, 8);
  }
  validateInteger(mode, name, 0, 4294967295);
  return mode;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// an options argument: a string is the encoding; the defaults fill what is missing
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') {
    return defaults;
  }
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...options };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

// the bytes to write: a string in `encoding`, or a view's bytes
function dataBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// the file's bytes as readFile gives them: a Buffer, or a string in `encoding`
function fileContents(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function validateCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function validateRmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const { recursive = false, force = false } = options;
  for (const [key, value] of [['recursive', recursive], ['force', force]]) {
    if (typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'boolean', value);
    }
  }
  return { recursive, force };
}

// -- Stats and Dirent ---------------------------------------------------------------------

const S_IFMT = C.S_IFMT;

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(atimeMs);
  this.mtime = new Date(mtimeMs);
  this.ctime = new Date(ctimeMs);
  this.birthtime = new Date(birthtimeMs);
}

function isType(mode, type) {
  return (mode & S_IFMT) === type;
}

Object.assign(Stats.prototype, {
  isDirectory() { return isType(this.mode, C.S_IFDIR); },
  isFile() { return isType(this.mode, C.S_IFREG); },
  isBlockDevice() { return isType(this.mode, C.S_IFBLK); },
  isCharacterDevice() { return isType(this.mode, C.S_IFCHR); },
  isSymbolicLink() { return isType(this.mode, C.S_IFLNK); },
  isFIFO() { return isType(this.mode, C.S_IFIFO); },
  isSocket() { return isType(this.mode, C.S_IFSOCK); },
});

function makeStats(fields) {
  return fields === undefined ? undefined : new Stats(...fields);
}

const kType = Symbol('type');
const UV_DIRENT = { FILE: 1, DIR: 2, LINK: 3, FIFO: 4, SOCKET: 5, CHAR: 6, BLOCK: 7 };

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT.DIR; }
  isFile() { return this[kType] === UV_DIRENT.FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT.BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT.CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT.LINK; }
  isFIFO() { return this[kType] === UV_DIRENT.FIFO; }
  isSocket() { return this[kType] === UV_DIRENT.SOCKET; }
}

// readdir's result from the binding's: names, or Dirents
function direntsOf(listed, withFileTypes) {
  if (!withFileTypes) return listed;
  const [names, types, parents] = listed;
  return names.map((name, i) => new Dirent(name, types[i], parents[i]));
}

// -- errors ------------------------------------------------------------------------------

// Node's SystemError for rm on a folder without `recursive` (ERR_FS_EISDIR)
class SystemError extends Error {
  constructor(path, syscall) {
    super(`Path is a directory: ${syscall} returned EISDIR (is a directory) ${path}`);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true,
                                          configurable: true });
    this.code = 'ERR_FS_EISDIR';
    this.info = { code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 };
    this.errno = 21;
    this.syscall = syscall;
    this.path = path;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// the binding's rm, with Node's error for a folder
function rmPath(path, options) {
  if (b.rm(path, options.recursive, options.force) === 'EISDIR') {
    throw new SystemError(path, 'rm');
  }
}

module.exports = {
  binding: b,
  constants,
  getValidatedPath,
  pathOrFd,
  validateFd,
  stringToFlags,
  parseMode,
  getOptions,
  dataBytes,
  fileContents,
  validateCallback,
  validateRmOptions,
  Stats,
  makeStats,
  Dirent,
  direntsOf,
  rmPath,
};
