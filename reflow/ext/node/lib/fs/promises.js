'use strict';
// node:fs/promises: the promise forms of internal/fs_ops's operations, settled on a
// later macrotask (a bad argument rejects, as in Node), and open's FileHandle.

const { ops, realpathNative } = require('internal/fs_ops');
const {
  constants, getOptions, getValidatedPath, dataBytes, fileContents,
} = require('internal/fs_utils');
const { setImmediate } = require('timers');

const b = binding('fs');

function later(run) {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(run());
      } catch (err) {
        reject(err);
      }
    });
  });
}

function promiseForm(name, [check, run]) {
  return {
    [name](...args) {
      let checked;
      try {
        checked = check(...args);
      } catch (err) {
        return Promise.reject(err);
      }
      return later(() => run(checked));
    },
  }[name];
}

// -- FileHandle: what open() resolves to -----------------------------------------------

const kFd = Symbol('kFd');

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  read(buffer, offset, length, position) {
    return promiseForm('read', ops.read)(this[kFd], buffer, offset, length, position)
      .then((bytesRead) => ({ bytesRead, buffer }));
  }

  write(data, offset, length, position) {
    return promiseForm('write', ops.write)(this[kFd], data, offset, length, position)
      .then((bytesWritten) => ({ bytesWritten, buffer: data }));
  }

  readFile(options) {
    const { encoding } = getOptions(options, { encoding: null });
    return later(() => fileContents(b.readFile(this[kFd]), encoding));
  }

  writeFile(data, options) {
    const { encoding } = getOptions(options, { encoding: 'utf8' });
    let bytes;
    try {
      bytes = dataBytes(data, encoding);
    } catch (err) {
      return Promise.reject(err);
    }
    return later(() => b.writeFile(this[kFd], bytes, 0, 0o666));
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  stat() {
    return promiseForm('stat', ops.fstat)(this[kFd]);
  }

  sync() {
    return promiseForm('sync', ops.fsync)(this[kFd]);
  }

  close() {
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    return promiseForm('close', ops.close)(fd);
  }
}
if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function asyncDispose() {
    return this.close();
  };
}

const promises = {};
for (const name of ['readFile', 'writeFile', 'appendFile', 'access', 'stat', 'lstat',
                    'readdir', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename',
                    'copyFile', 'realpath', 'readlink', 'symlink', 'link', 'chmod', 'utimes',
                    'truncate']) {
  promises[name] = promiseForm(name, ops[name]);
}
promises.realpath.native = promiseForm('realpath', realpathNative);

// a file is a path or a FileHandle here, not a descriptor number
for (const name of ['readFile', 'writeFile', 'appendFile']) {
  const byPath = promises[name];
  promises[name] = {
    [name](file, ...rest) {
      if (file instanceof FileHandle) return file[name](...rest);
      try {
        getValidatedPath(file);
      } catch (err) {
        return Promise.reject(err);
      }
      return byPath(file, ...rest);
    },
  }[name];
}

const openFd = promiseForm('open', ops.open);
promises.open = function open(path, flags, mode) {
  return openFd(path, flags, mode).then((fd) => new FileHandle(fd));
};
promises.constants = constants;

module.exports = promises;
