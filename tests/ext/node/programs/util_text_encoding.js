// util.TextEncoder / util.TextDecoder: utf-8, utf-16le, latin1; fatal, ignoreBOM, stream
const { TextEncoder, TextDecoder } = require('util');
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join(' ');
const show = (label, fn) => {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
const enc = new TextEncoder();
console.log(enc.encoding, Object.prototype.toString.call(enc), Object.prototype.toString.call(new TextDecoder()));
for (const s of ['', 'abc', 'é€𝄞', 'lone \ud800', '\udc00x']) {
  const out = enc.encode(s);
  console.log(JSON.stringify(s), out.constructor.name, out.length, hex(out));
}
console.log(hex(enc.encode()), hex(enc.encode(123)), hex(enc.encode(undefined)));
for (const size of [0, 1, 2, 3, 4, 5, 7, 10]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto('a€𝄞\ud800', dest);
  console.log('encodeInto', size, r.read, r.written, hex(dest));
}
show('encodeInto bad dest', () => enc.encodeInto('a', []));
show('encodeInto bad src', () => enc.encodeInto(1, new Uint8Array(1)));
const labels = ['utf-8', 'UTF8', ' unicode-1-1-utf-8 ', 'utf-16le', 'utf-16', 'ucs-2', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252'];
for (const label of labels) {
  const d = new TextDecoder(label);
  console.log(JSON.stringify(label), d.encoding, d.fatal, d.ignoreBOM);
}
show('bad label', () => new TextDecoder('nope'));
show('utf-16be', () => new TextDecoder('utf-16be').encoding);
const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0xff, 0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x84, 0x9e, 0xed, 0xa0, 0x80, 0xe2, 0x82);
show('utf8', () => new TextDecoder().decode(bytes));
show('utf8 ignoreBOM', () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
show('utf8 fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
show('utf8 fatal ok', () => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 6)));
show('utf16le', () => new TextDecoder('utf-16le').decode(Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8, 0x62)));
show('utf16le fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.of(0x00, 0xd8)));
show('latin1', () => new TextDecoder('latin1').decode(Uint8Array.of(0x41, 0xe9, 0xff, 0xef, 0xbb, 0xbf)));
show('arraybuffer', () => new TextDecoder().decode(Uint8Array.of(0x68, 0x69).buffer));
show('dataview', () => new TextDecoder().decode(new DataView(Uint8Array.of(0x68, 0x69, 0x6a).buffer, 1)));
show('uint16', () => new TextDecoder().decode(new Uint16Array([0x6968])));
show('no input', () => new TextDecoder().decode());
show('bad input', () => new TextDecoder().decode('str'));
// streaming: a character split across chunks
const sd = new TextDecoder();
const chunks = [[0xef], [0xbb, 0xbf, 0x61, 0xe2], [0x82], [0xac, 0xf0, 0x9d], [0x84, 0x9e, 0xe2]];
const parts = chunks.map((c) => sd.decode(Uint8Array.from(c), { stream: true }));
parts.push(sd.decode());
show('stream', () => parts);
show('stream again', () => [sd.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x62), { stream: true }), sd.decode()]);
const s16 = new TextDecoder('utf-16le');
show('stream utf16', () => [s16.decode(Uint8Array.of(0x61), { stream: true }), s16.decode(Uint8Array.of(0x00, 0x3d, 0xd8), { stream: true }),
  s16.decode(Uint8Array.of(0x00, 0xde)), s16.decode(Uint8Array.of(0x62))]);
const fatalStream = new TextDecoder('utf-8', { fatal: true });
show('stream fatal', () => [fatalStream.decode(Uint8Array.of(0xe2, 0x82), { stream: true }), fatalStream.decode(Uint8Array.of(0xac))]);
show('stream fatal end', () => { fatalStream.decode(Uint8Array.of(0xe2), { stream: true }); return fatalStream.decode(); });
show('utf16be', () => new TextDecoder('utf-16be').decode(Uint8Array.of(0xfe, 0xff, 0, 0x61, 0xd8, 0x3d, 0xde, 0, 0xd8)));
