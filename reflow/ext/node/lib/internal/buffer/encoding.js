'use strict';
// Node's names of an encoding, folded to the one bindings/buffer.py knows; undefined
// for an unknown one (the caller throws ERR_UNKNOWN_ENCODING where Node does).
const names = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'ucs2', 'ucs-2': 'ucs2', utf16le: 'ucs2', 'utf-16le': 'ucs2',
  latin1: 'latin1', binary: 'latin1',
  base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const name = names[`${enc}`.toLowerCase()];
  return Object.prototype.hasOwnProperty.call(names, `${enc}`.toLowerCase()) ? name : undefined;
}

module.exports = { normalizeEncoding };
