'use strict';
// node:string_decoder: StringDecoder decodes a stream of buffers to text, keeping the
// bytes of a character split across writes for the next one (utf8, utf16le, base64,
// base64url); end() flushes what is left as Node does (U+FFFD for a partial UTF-8
// character, a lone surrogate as it is, base64 with padding).
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encoding');
const bufferOps = binding('buffer');
const encodingOps = binding('encoding');

const EMPTY = new Uint8Array(0);

function concat(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function decodeBytes(bytes, enc) {
  return bufferOps.decode(bytes, enc, 0, bytes.length);
}

const isHighSurrogateAt = (bytes, i) => (bytes[i + 1] & 0xFC) === 0xD8;

class StringDecoder {
  #enc;
  #pending = EMPTY;   // the bytes of a character not complete yet
  #need = 0;          // utf16le: how many more bytes that character needs

  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.#enc = enc;
    this.encoding = enc === 'ucs2' ? 'utf16le' : enc;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    switch (this.#enc) {
      case 'utf8': return this.#utf8(bytes, true);
      case 'ucs2': return this.#utf16(bytes);
      case 'base64': case 'base64url': return this.#base64(bytes);
      default: return decodeBytes(bytes, this.#enc);
    }
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    const pending = this.#pending;
    this.#pending = EMPTY;
    this.#need = 0;
    if (pending.length === 0) return out;
    if (this.#enc === 'utf8') {
      out += '\ufffd';
    } else if (this.#enc === 'ucs2') {
      // an odd byte is dropped; a high surrogate is shown alone
      out += decodeBytes(pending.subarray(0, pending.length & ~1), 'ucs2');
    } else {
      out += decodeBytes(pending, this.#enc);
    }
    return out;
  }

  #utf8(bytes, stream) {
    const all = concat(this.#pending, bytes);
    const [text, pending] = encodingOps.decode(all, 'utf8', false, stream);
    this.#pending = pending > 0 ? all.slice(all.length - pending) : EMPTY;
    return text;
  }

  #utf16(bytes) {
    let out = '';
    let i = 0;
    // first the character a former write left incomplete (a unit completed from one
    // byte is taken as it is, a high surrogate too, as Node's decoder takes it)
    if (this.#need > 0) {
      const take = Math.min(this.#need, bytes.length);
      this.#pending = concat(this.#pending, bytes.subarray(0, take));
      this.#need -= take;
      i = take;
    }
    if (this.#need > 0) return '';
    if (this.#pending.length > 0) {
      out += decodeBytes(this.#pending, 'ucs2');
      this.#pending = EMPTY;
    }
    let rest = bytes.subarray(i);
    if (rest.length === 0) return out;
    if (rest.length % 2 === 1) {
      this.#pending = rest.slice(rest.length - 1);
      this.#need = 1;
      rest = rest.subarray(0, rest.length - 1);
    } else if (isHighSurrogateAt(rest, rest.length - 2)) {
      this.#pending = rest.slice(rest.length - 2);
      this.#need = 2;
      rest = rest.subarray(0, rest.length - 2);
    }
    return out + decodeBytes(rest, 'ucs2');
  }

  #base64(bytes) {
    const all = concat(this.#pending, bytes);
    const whole = all.length - (all.length % 3);
    this.#pending = all.slice(whole);
    return decodeBytes(all.subarray(0, whole), this.#enc);
  }

  // the bytes a write left for the next one (Node's lastChar, lastNeed, lastTotal)
  get lastChar() {
    const out = Buffer.alloc(4);
    out.set(this.#pending.subarray(0, 4));
    return out;
  }

  get lastNeed() {
    if (this.#pending.length === 0) return 0;
    if (this.#enc === 'ucs2') return this.#need;
    if (this.#enc === 'utf8') return utf8Length(this.#pending[0]) - this.#pending.length;
    return 3 - this.#pending.length;
  }

  get lastTotal() {
    if (this.#pending.length === 0) return 0;
    return this.#pending.length + this.lastNeed;
  }
}

// the length of the UTF-8 sequence a lead byte starts
function utf8Length(lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

module.exports = { StringDecoder };
