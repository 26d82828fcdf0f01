'use strict';
// node:fs: the Sync and callback forms of internal/fs_ops's operations. A callback is
// called on a later macrotask (an immediate), never synchronously; the arguments are
// checked at the call, as Node checks them (a bad one throws there).

const { ops, realpathNative } = require('internal/fs_ops');
const {
  constants, getValidatedPath, validateCallback, Stats, Dirent,
} = require('internal/fs_utils');
const { setImmediate } = require('timers');

const fs = module.exports;

// the callback form of [check, run(, callbackArgs)]: the last argument is the callback
function callbackForm(name, [check, run, callbackArgs], arity) {
  const fn = {
    [name](...args) {
      // the last argument; one that is not a function is named in the error only when
      // it is past the options
      const last = args[args.length - 1];
      const cb = validateCallback(typeof last === 'function' || args.length > arity + 1 ?
        last : undefined);
      const checked = check(...args.slice(0, args.length - 1));
      setImmediate(() => {
        let result;
        try {
          result = run(checked);
        } catch (err) {
          cb(err);
          return;
        }
        if (callbackArgs !== undefined) cb(null, ...callbackArgs(result, checked));
        else cb(null, result);
      });
    },
  }[name];
  return fn;
}

function syncForm(name, [check, run]) {
  return { [name](...args) { return run(check(...args)); } }[name];
}

// the number of arguments before the callback that the callback form needs at least
const ARITY = {
  readFile: 1, writeFile: 2, appendFile: 2, access: 1, stat: 1, lstat: 1, fstat: 1,
  readdir: 1, mkdir: 1, mkdtemp: 1, rm: 1, rmdir: 1, unlink: 1, rename: 2, copyFile: 2,
  realpath: 1, readlink: 1, symlink: 2, link: 2, chmod: 2, utimes: 3, truncate: 1, open: 1,
  close: 1, fsync: 1, read: 2, write: 2,
};

for (const name of Object.keys(ops)) {
  fs[name] = callbackForm(name, ops[name], ARITY[name]);
  fs[`${name}Sync`] = syncForm(`${name}Sync`, ops[name]);
}
fs.realpathSync.native = syncForm('realpathSync', realpathNative);
fs.realpath.native = callbackForm('realpath', realpathNative, 1);

// existsSync never throws for a bad path (false), only for a refused permission
fs.existsSync = function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding('fs').exists(path);
};

// exists(path, callback): the callback gets one argument, true or false
fs.exists = function exists(path, callback) {
  validateCallback(callback);
  setImmediate(() => {
    let found;
    try {
      found = fs.existsSync(path);
    } catch {
      found = false;
    }
    callback(found);
  });
};

fs.constants = constants;
for (const key of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) fs[key] = constants[key];
fs.Stats = Stats;
fs.Dirent = Dirent;

Object.defineProperty(fs, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true, configurable: true,
});
