// node:crypto: digests and HMACs against known values, copy, encodings, the random
// functions' shapes, and Node's errors for bad arguments
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1', 'sha-512']) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox ').update('jumps').digest('hex'));
}
console.log(crypto.createHash('sha256').update('').digest('base64'));
console.log(crypto.createHash('sha256').update('abc').digest('base64url'));
console.log(JSON.stringify(crypto.createHash('md5').update('x').digest('latin1')));
const raw = crypto.createHash('sha1').update(Buffer.from([1, 2, 3])).digest();
console.log(Buffer.isBuffer(raw), raw.length, raw.toString('hex'));
console.log(crypto.createHash('md5').update('ff00', 'hex').digest('hex'));
console.log(crypto.createHash('md5').update('aGVsbG8=', 'base64').digest('hex'));
console.log(crypto.createHash('md5').update(new Uint16Array([1, 2])).digest('hex'));
console.log(crypto.createHash('sha3-256').update('abc').digest('hex'));
console.log(crypto.createHash('shake256').update('').digest('hex'));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'));

const h = crypto.createHash('sha256').update('part one, ');
const twin = h.copy();
console.log(h.update('ending A').digest('hex'));
console.log(twin.update('ending B').digest('hex'));

for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
  console.log('hmac', alg, crypto.createHmac(alg, 'secret key').update('message').digest('hex'));
}
console.log(crypto.createHmac('sha256', Buffer.from('key')).update('m').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
const mac = crypto.createHmac('sha1', 'k');
console.log(mac.digest('hex').length, JSON.stringify(mac.digest('hex')));

const bytes = crypto.randomBytes(16);
console.log(Buffer.isBuffer(bytes), bytes.length, crypto.randomBytes(0).length);
const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
let inRange = true;
for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(3, 7);
  const m = crypto.randomInt(5);
  if (!(n >= 3 && n < 7 && Number.isInteger(n) && m >= 0 && m < 5)) inRange = false;
}
console.log('randomInt in range', inRange);
const arr = new Uint32Array(4);
console.log(crypto.getRandomValues(arr) === arr, arr.length);
const filled = crypto.randomFillSync(Buffer.alloc(8));
console.log(filled.length);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
            crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(['md5', 'sha1', 'sha256', 'sha512'].every((n) => crypto.getHashes().includes(n)));

const t = (fn) => { try { fn(); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.createHash('nope'));
t(() => crypto.createHash(1));
t(() => crypto.createHash('md5').update(1));
t(() => crypto.createHash('md5').update());
t(() => { const x = crypto.createHash('md5'); x.digest(); x.digest(); });
t(() => { const x = crypto.createHash('md5'); x.digest(); x.update('a'); });
t(() => { const x = crypto.createHash('md5'); x.digest(); x.copy(); });
t(() => crypto.createHmac('nope', 'k'));
t(() => crypto.createHmac('md5', 1));
t(() => crypto.createHmac('md5'));
t(() => crypto.randomBytes('x'));
t(() => crypto.randomBytes(-1));
t(() => crypto.randomInt('a'));
t(() => crypto.randomInt(1, 1));
t(() => crypto.randomInt(0, 2 ** 48 + 1));
t(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t(() => crypto.timingSafeEqual('a', 'b'));
t(() => crypto.getRandomValues(new Float32Array(2)));
t(() => crypto.getRandomValues(new Uint8Array(65537)));
crypto.randomBytes(4, (err, buf) => {
  console.log('callback', err, buf.length);
  crypto.randomInt(10, (err, n) => console.log('randomInt callback', err, n >= 0 && n < 10));
});
console.log('before the callbacks');
