// Buffer.from(string, enc) / toString(enc, start, end) / write / byteLength per encoding
const { Buffer } = require('buffer');
const samples = ['', 'hello', 'héllo wörld', '€ and 𝄞', 'lone \ud800 high', 'lone \udc00 low',
  '\u0000\u007f\u0080\u00ff\u0100', 'aGVsbG8gd29ybGQ=', 'aGVs bG8\n-_', '0a1B2c', '0a1x', 'abc'];
const encodings = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary',
  'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];
for (const enc of encodings) {
  for (const s of samples) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s), b.length, Buffer.byteLength(s, enc), b.toString('hex'),
      JSON.stringify(b.toString(enc)));
  }
}
const bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9d,
  0x84, 0x9e, 0xff, 0xfe, 0xc3, 0xe2, 0x82, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0x61]);
for (const enc of encodings) console.log(enc, JSON.stringify(bytes.toString(enc)));
console.log(JSON.stringify(bytes.toString('utf8', 4, 9)), JSON.stringify(bytes.toString('hex', -3, 2)));
console.log(JSON.stringify(bytes.toString(undefined, 1, 3)), JSON.stringify(bytes.toString('hex', 24)));
console.log(JSON.stringify(bytes.toString('hex', 2, 100)), JSON.stringify(bytes.toString('hex', 5, 3)));
console.log(JSON.stringify(bytes.toString('hex', '1', '4')), JSON.stringify(bytes.toString('hex', NaN)));
console.log(JSON.stringify(Buffer.from([1, 2, 3]).toString('ucs2')));
// write: whole characters only, offsets, length, encodings
const w = Buffer.alloc(8);
console.log(w.write('€€€'), w.toString('hex'));
console.log(w.fill(0).write('abc', 6), w.toString('hex'));
console.log(w.fill(0).write('abcdef', 2, 3), w.toString('hex'));
console.log(w.fill(0).write('ffee', 'hex'), w.toString('hex'));
console.log(w.fill(0).write('ffeeddcc', 1, 'hex'), w.toString('hex'));
console.log(w.fill(0).write('abcd', 1, 5, 'ucs2'), w.toString('hex'));
console.log(w.fill(0).write('aGVsbG8=', 'base64'), w.toString('hex'));
console.log(w.fill(0).write('\u00e9\u0101', 'latin1'), w.toString('hex'));
console.log(w.fill(0).write(''), w.write('x', 8));
console.log(Buffer.byteLength('€'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64'),
  Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength('ab', 'bogus'));
console.log(Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-16LE'), Buffer.isEncoding('binary'),
  Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.isEncoding(1));
const { atob, btoa } = require('buffer');
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), JSON.stringify(atob('/w==')));
for (const bad of ['a', 'a===', '*abc', 'ab=c', 'abc==', 'ab==', 'abcde', 'ab=', 'a b\tc d']) {
  try { atob(bad); } catch (e) { console.log(e.name, e.message); }
}
try { btoa('€'); } catch (e) { console.log(e.name, e.message); }
