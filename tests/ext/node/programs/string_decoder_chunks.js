// node:string_decoder: characters split across writes, end(), every encoding
const { StringDecoder } = require('string_decoder');
const j = JSON.stringify;
const run = (enc, chunks, last) => {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(last === undefined ? d.end() : d.end(Buffer.from(last)));
  console.log(enc, j(chunks), j(out));
};
run('utf16le', [[0x61]]);
run('utf16le', [[0x61, 0, 0x3d, 0xd8], [0x00], [0xde]]);
run('utf16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x3d, 0xd8, 0x61]]);
run('utf16le', [[0x00, 0xdc]]);
run('utf16le', [[0x3d], [0xd8], [0x00], [0xde, 0x62]]);
run('utf16le', [[0x3d, 0xd8, 0x3d, 0xd8], [0, 0xde]]);
run('utf16le', [[0x3d, 0xd8]], [0x62, 0x00]);
run('base64', [[0x61, 0x62], [0x63, 0x64, 0x65]], [0x66]);
run('base64', [[0x61], [0x62], [0x63], [0x64]]);
run('base64url', [[0xfb, 0xff]]);
run('hex', [[0x61, 0x62]]);
run('latin1', [[0xe9, 0xff]]);
run('ascii', [[0xe9, 0x41]]);
run('utf8', [[0xe2], [0x82]]);
run('utf8', [[0xe2, 0x41], [0xff, 0xf0, 0x9f], [0x98, 0x80, 0xc3]], [0xa9]);
run('utf8', [[0xf0, 0x9f, 0x98]]);
run('utf8', [[0xed, 0xa0, 0x80]]);
run('utf8', [[0xc3], [0xc3], [0xa9]]);
run('utf-8', [[0x68, 0x69]]);
const text = 'mixed: é € 😀 ✓ end';
for (const enc of ['utf8', 'utf16le', 'base64', 'hex']) {
  const bytes = Buffer.from(text, enc === 'utf16le' ? 'utf16le' : 'utf8');
  for (const size of [1, 2, 3, 5]) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
    out += d.end();
    console.log(enc, size, j(out));
  }
}
console.log(new StringDecoder().encoding, new StringDecoder('UCS-2').encoding, new StringDecoder('binary').encoding, new StringDecoder('utf-8').encoding, new StringDecoder('BASE64').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new StringDecoder().write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { new StringDecoder().end({}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(j(new StringDecoder().write('str')), j(new StringDecoder().end()), j(new StringDecoder('latin1').write(Buffer.from([0xe9]))));
console.log(Object.keys(new StringDecoder()), new StringDecoder().write(new Uint16Array([0x6968])), new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)));
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(d.lastNeed, d.lastTotal, d.lastChar);
