'use strict';
// util.deprecate, util.debuglog, util.styleText, util.stripVTControlCharacters,
// util.toUSVString.
const ops = binding('util');
const { validateString, validateOneOf } = require('internal/validators');

// the global process, where node:process is there to provide it
function getProcess() {
  try {
    return globalThis.process;
  } catch {
    return undefined;
  }
}

function pid() {
  const process = getProcess();
  return process && typeof process.pid === 'number' ? process.pid : ops.pid();
}

// warnings go through process.emitWarning where node:process has it; else they are
// printed as Node prints them, the hint on how to trace them after the first only
const warned = new Set();
let hintShown = false;
function emitDeprecationWarning(msg, code, deprecated) {
  const process = getProcess();
  if (process && process.noDeprecation) return;
  if (process && typeof process.emitWarning === 'function') {
    process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
    return;
  }
  const warning = new Error(msg);
  warning.name = 'DeprecationWarning';
  if (code !== undefined) warning.code = code;
  if (process && process.throwDeprecation) throw warning;
  let text = `(node:${pid()}) ${code ? `[${code}] ` : ''}DeprecationWarning: ${msg}`;
  if (!hintShown) {
    hintShown = true;
    text += '\n(Use `node --trace-deprecation ...` to show where the warning was created)';
  }
  console.error(text);
}

// a DeprecationWarning for `code`, once
function deprecateOnce(msg, code) {
  if (warned.has(code)) return;
  warned.add(code);
  emitDeprecationWarning(msg, code, deprecateOnce);
}

function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  }
  if (code !== undefined) validateString(code, 'code');
  let warnedHere = false;
  function deprecated(...args) {
    if (!warnedHere) {
      warnedHere = true;
      if (code === undefined || !warned.has(code)) {
        if (code !== undefined) warned.add(code);
        emitDeprecationWarning(msg, code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function debuglog(section, cb) {
  const process = getProcess();
  const env = process && process.env && process.env.NODE_DEBUG;
  const pattern = env ? new RegExp(`^(${env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replace(/\*/g, '.*').replace(/,/g, '$|^')})$`, 'i') : null;
  const enabled = pattern !== null && pattern.test(section);
  const upper = section.toUpperCase();
  let told = false;
  function logger(...args) {
    if (!told) {
      told = true;
      if (typeof cb === 'function') cb(logger);
    }
    if (enabled) {
      const { format } = require('internal/util/inspect');
      console.error('%s %d: %s', upper, pid(), format(...args));
    }
  }
  Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true });
  return logger;
}

// colours only where the stream would show them (Node 22's validateStream)
function shouldColorize(stream) {
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2));
}

function styleText(format, text, { validateStream = true, stream } = {}) {
  validateString(text, 'text');
  if (stream === undefined) stream = getProcess() && getProcess().stdout;
  const { colors } = require('internal/util/inspect').inspect;
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    validateOneOf(key, 'format', Object.keys(colors));
    const code = colors[key];
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  if (validateStream && !shouldColorize(stream)) return text;
  return `${left}${text}${right}`;
}

// CSI (ESC [ or 0x9B), OSC (ESC ] ... BEL or ST) and two-character ESC sequences
const vtControl = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(vtControl, '');
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

module.exports = { debuglog, deprecate, deprecateOnce, getProcess, styleText, stripVTControlCharacters, toUSVString };
