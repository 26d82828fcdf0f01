'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): UTF-8, UTF-16LE, UTF-16BE and windows-1252
// (decoded as Latin-1, as Node decodes it). node:util exports these classes; a global
// TextEncoder/TextDecoder can be these same classes.
const ops = binding('encoding');
const {
  codes: { ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS },
  nodeError,
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

// each label (WHATWG Encoding's table) -> [encoding name, the bindings' codec]
const LABELS = new Map();
for (const [name, codec, labels] of [
  ['utf-8', 'utf8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', 'ucs2', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
    'utf-16', 'utf-16le']],
  ['utf-16be', 'utf16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', 'latin1', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1',
    'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
    'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of labels) LABELS.set(label, [name, codec]);
}

function getEncoding(label) {
  return LABELS.get(`${label}`.trim().toLowerCase());
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return new Uint8Array(require('buffer').Buffer.from(`${input}`, 'utf8'));
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = ops.encodeInto(src, dest);
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', configurable: true,
});

class TextDecoder {
  #encoding;
  #codec;
  #fatal;
  #ignoreBOM;
  #pending = null;   // the bytes of a character a streaming decode left incomplete
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const found = getEncoding(encoding);
    if (found === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    [this.#encoding, this.#codec] = found;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() { return this.#encoding; }

  get fatal() { return this.#fatal; }

  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input = new Uint8Array(), options = {}) {
    let bytes;
    if (input instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
      bytes = new Uint8Array(input);
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      // the words of Node's C++ check
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
        'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const stream = Boolean(options && options.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    const result = ops.decode(bytes, this.#codec, this.#fatal, stream);
    if (result === undefined) {
      this.#bomSeen = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    let [text, pending] = result;
    if (pending > 0) this.#pending = bytes.slice(bytes.length - pending);
    if (!this.#bomSeen && text.length > 0) {
      if (!this.#ignoreBOM && this.#codec !== 'latin1' && text.charCodeAt(0) === 0xFEFF) {
        text = text.slice(1);
      }
      this.#bomSeen = true;
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', configurable: true,
});
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}
Object.defineProperty(TextEncoder.prototype, 'encoding', { enumerable: true });
for (const name of ['encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}
Object.defineProperty(TextDecoder.prototype, 'decode', { enumerable: true });

// as util.inspect shows them in Node
const customInspect = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(TextEncoder.prototype, customInspect, {
  value(depth, options, inspect) {
    return inspect({ encoding: this.encoding });
  },
});
Object.defineProperty(TextDecoder.prototype, customInspect, {
  value(depth, options, inspect) {
    return `TextDecoder ${inspect({ encoding: this.encoding, fatal: this.fatal,
      ignoreBOM: this.ignoreBOM })}`;
  },
});

module.exports = { TextEncoder, TextDecoder, getEncoding };
