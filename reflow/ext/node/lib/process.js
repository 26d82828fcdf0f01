'use strict';
// node:process, also the global `process`: an EventEmitter whose host ops are
// bindings/process.py. process.exit runs the 'exit' listeners, then the host op raises
// ProcessExit (reflow/ext/errors.py), which ends the program with its code.

const EventEmitter = require('events');
const errors = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const b = binding('process');

errors.E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL } = errors.codes;

// `process` is an instance of a class named process, as Node's is
function processConstructor() {}
Object.defineProperty(processConstructor, 'name', { value: 'process' });
const ProcessPrototype = Object.create(EventEmitter.prototype, {
  constructor: { value: processConstructor, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', configurable: true },
});
processConstructor.prototype = ProcessPrototype;
const process = Object.create(ProcessPrototype);
EventEmitter.call(process);

function constant(name, value) {
  Object.defineProperty(process, name, { value, writable: true, enumerable: true,
                                         configurable: true });
}

constant('version', 'v' + b.versions.node);
constant('versions', b.versions);
constant('arch', b.arch);
constant('platform', b.platform);
constant('release', { name: 'node' });
const argv = b.argv();
constant('argv', argv);
constant('execArgv', []);
constant('argv0', 'node');
constant('title', 'node');
constant('pid', b.pid);
constant('ppid', b.ppid);
constant('execPath', b.execPath);
constant('features', {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
  tls_ocsp: false, tls: false, cached_builtins: true, require_module: true,
  typescript: false,
});
constant('config', { target_defaults: {}, variables: {} });
constant('noDeprecation', false);
constant('throwDeprecation', false);

// -- the environment: each access asks the host (the 'env' permission) -------------------

function envName(key) {
  if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return key;
}

constant('env', new Proxy({}, {
  get(target, key) {
    if (typeof key === 'symbol') return undefined;
    // a name that is no variable reads through to Object.prototype (toString...), as Node
    const value = b.envGet(key);
    return value === undefined ? target[key] : value;
  },
  set(target, key, value) {
    b.envSet(envName(key), value);
    return true;
  },
  has(target, key) {
    return typeof key === 'symbol' ? false : b.envHas(key);
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') b.envDelete(key);
    return true;
  },
  ownKeys() {
    return b.envKeys();
  },
  getOwnPropertyDescriptor(target, key) {
    const value = typeof key === 'symbol' ? undefined : b.envGet(key);
    if (value === undefined) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  defineProperty(target, key, descriptor) {
    b.envSet(envName(key), descriptor.value);
    return true;
  },
}));

// -- exit ----------------------------------------------------------------------------------

let exitCode;
function validExitCode(code) {
  if (code !== undefined && code !== null) {
    const asNumber = typeof code === 'string' && code !== '' && Number.isInteger(+code) ?
      +code : code;
    validateInteger(asNumber, 'code');
  }
  return code;
}

Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) { exitCode = validExitCode(code); },
  enumerable: true, configurable: false,
});
constant('_exiting', false);

function emitExit(code) {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  emitExit(+(process.exitCode || 0));
  b.reallyExit(+(process.exitCode || 0));
};

process.reallyExit = function reallyExit(code) {
  b.reallyExit(+(code || 0));
};

// bindings/process.py finish(): the end of a program that did not call exit
b.beforeExit = function beforeExit(code) {
  process.emit('beforeExit', +(process.exitCode || code));
};
b.runExit = function runExit(code) {
  if (exitCode === undefined && code) exitCode = code;
  emitExit(+(process.exitCode || 0));
  return +(process.exitCode || 0);
};

// -- ticks and time ----------------------------------------------------------------------

process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  b.queueTick(args.length === 0 ? callback : () => callback(...args));
};

function hrtime(time) {
  const now = b.hrtime();
  if (time === undefined) return now;
  if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
  if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
  let sec = now[0] - time[0];
  let nsec = now[1] - time[1];
  if (nsec < 0) {
    sec -= 1;
    nsec += 1e9;
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return b.hrtimeBigint();
};
process.hrtime = hrtime;
process.uptime = function uptime() {
  return b.uptime();
};
function memoryUsage() {
  return b.memoryUsage();
}
memoryUsage.rss = function rss() {
  return b.memoryUsage().rss;
};
process.memoryUsage = memoryUsage;
process.cpuUsage = function cpuUsage() {
  return { user: 0, system: 0 };
};

// -- the file system and the system --------------------------------------------------------

process.cwd = function cwd() {
  return b.cwd();
};
process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  b.chdir(directory);
};
process.umask = function umask(mask) {
  if (mask === undefined) return b.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new errors.codes.ERR_INVALID_ARG_VALUE('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else {
    validateInteger(mask, 'mask', 0, 4294967295);
  }
  return b.umask(mask);
};
process.getuid = b.getuid;
process.geteuid = b.geteuid;
process.getgid = b.getgid;
process.getegid = b.getegid;

process.kill = function kill(pid, signal = 'SIGTERM') {
  // eslint-disable-next-line eqeqeq
  if (typeof pid !== 'number' || pid != (pid | 0)) {
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  if (!b.kill(pid, signal)) throw new ERR_UNKNOWN_SIGNAL(signal);
  return true;
};

// -- warnings: printed by a 'warning' listener, as Node's is --------------------------------

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ code, detail } = type);
    type = type.type;
  } else if (typeof type === 'function') {
    type = undefined;
  }
  if (type === undefined) type = 'Warning';
  validateString(type, 'type');
  if (code !== undefined) validateString(code, 'code');
  if (typeof warning === 'string') {
    const message = warning;
    warning = new Error(message);
    warning.name = String(type);
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
};

let traceHintShown = false;
process.on('warning', function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(node:${process.pid}) ${code}${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!traceHintShown) {
    traceHintShown = true;
    const what = warning.name === 'DeprecationWarning' ? 'deprecation' : 'warning';
    text += `\n(Use \`node --trace-${what === 'warning' ? 'warnings' : what} ...\` to show ` +
      'where the warning was created)';
  }
  b.write(2, text + '\n');
});

// -- stdout and stderr -------------------------------------------------------------------

// a chunk as text: a string in `encoding`, or the UTF-8 of bytes
function chunkText(chunk, encoding) {
  const { Buffer } = require('buffer');
  if (typeof chunk === 'string') {
    if (encoding === undefined || encoding === null || /^utf-?8$/i.test(encoding)) return chunk;
    return Buffer.from(chunk, encoding).toString('utf8');
  }
  if (!ArrayBuffer.isView(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   chunk);
  }
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
}

function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    b.write(fd, chunkText(chunk, encoding));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return stream;
  };
  stream.cork = function cork() {};
  stream.uncork = function uncork() {};
  if (b.isatty(fd)) {
    stream.isTTY = true;
    Object.defineProperty(stream, 'columns', {
      get() { const size = b.ttyColumns(fd); return size === undefined ? 80 : size[0]; },
      enumerable: true, configurable: true,
    });
    Object.defineProperty(stream, 'rows', {
      get() { const size = b.ttyColumns(fd); return size === undefined ? 24 : size[1]; },
      enumerable: true, configurable: true,
    });
    stream.getWindowSize = () => [stream.columns, stream.rows];
  }
  stream.hasColors = function hasColors(count = 16) {
    return stream.isTTY === true && count <= 256;
  };
  stream.getColorDepth = function getColorDepth() {
    return stream.isTTY === true ? 8 : 1;
  };
  return stream;
}

// stdin: its descriptor and whether it is a terminal (reading it is not provided yet)
let stdin;
Object.defineProperty(process, 'stdin', {
  get() {
    if (stdin === undefined) {
      stdin = new EventEmitter();
      stdin.fd = 0;
      stdin.readable = true;
      if (b.isatty(0)) stdin.isTTY = true;
      stdin.setEncoding = function setEncoding() { return stdin; };
      stdin.resume = function resume() { return stdin; };
      stdin.pause = function pause() { return stdin; };
    }
    return stdin;
  },
  enumerable: true, configurable: true,
});

let stdout;
let stderr;
Object.defineProperty(process, 'stdout', {
  get() { return stdout || (stdout = makeStream(1)); },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'stderr', {
  get() { return stderr || (stderr = makeStream(2)); },
  enumerable: true, configurable: true,
});

module.exports = process;
