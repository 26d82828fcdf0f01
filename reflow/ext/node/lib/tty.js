'use strict';
// node:tty: isatty, and the stream classes process.stdout/stderr are on a terminal.
// reflow has no node:net, so ReadStream and WriteStream are not sockets: they carry
// the descriptor, isTTY and the terminal's size and colour depth.
const host = binding('tty');
const { E, codes } = require('internal/errors');

E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);

// Node's check of a stream's descriptor
function validateFd(fd) {
  if ((fd >> 0) !== fd || fd < 0) throw new codes.ERR_INVALID_FD(fd);
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && host.isatty(fd);
}

// Node's error when the descriptor is no terminal (libuv's uv_tty_init refuses it)
function ttyInitFailed() {
  const err = new Error('TTY initialization failed: uv_tty_init returned EINVAL ' +
                        '(invalid argument)');
  err.name = 'SystemError';
  err.code = 'ERR_TTY_INIT_FAILED';
  err.info = { errno: -22, code: 'EINVAL', message: 'invalid argument',
               syscall: 'uv_tty_init' };
  return err;
}

function openTerminal(fd) {
  validateFd(fd);
  if (!host.isatty(fd)) throw ttyInitFailed();
}

class ReadStream {
  constructor(fd) {
    openTerminal(fd);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }
  setRawMode(flag) { this.isRaw = Boolean(flag); return this; }
}

// the colour depths of Node's getColorDepth: by the environment, as it reads it
const COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;

class WriteStream {
  constructor(fd) {
    openTerminal(fd);
    this.fd = fd;
    this.isTTY = true;
    const size = host.windowSize(fd);
    this.columns = size ? size[0] : 80;
    this.rows = size ? size[1] : 24;
  }
  getWindowSize() { return [this.columns, this.rows]; }
  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      return [COLORS_2, COLORS_16, COLORS_256, COLORS_16m][Number(env.FORCE_COLOR)] ??
        COLORS_16;
    }
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined ||
        env.TERM === 'dumb') return COLORS_2;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return COLORS_256;
    return env.TERM ? COLORS_16 : COLORS_2;
  }
  hasColors(count = 16, env) {
    if (typeof count === 'object' && count !== null) { env = count; count = 16; }
    return count <= 2 ** this.getColorDepth(env);
  }
}

module.exports = { isatty, ReadStream, WriteStream };
