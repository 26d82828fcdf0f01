// Buffer's numeric reads and writes, and their errors
const { Buffer } = require('buffer');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
const b = Buffer.alloc(16);
const sizes = { 8: 1, 16: 2, 32: 4 };
for (const bits of [8, 16, 32]) {
  for (const sign of ['UInt', 'Int']) {
    for (const end of bits === 8 ? [''] : ['LE', 'BE']) {
      const name = `${sign}${bits}${end}`;
      const max = sign === 'UInt' ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
      const min = sign === 'UInt' ? 0 : -(2 ** (bits - 1));
      for (const v of [0, 1, max, min, 0x12345678 % (max + 1)]) {
        b.fill(0);
        const next = b[`write${name}`](v, 3);
        console.log(name, v, next, b.toString('hex', 3, 3 + sizes[bits]), b[`read${name}`](3));
      }
      show(`${name} too big`, () => b[`write${name}`](max + 1, 0));
      show(`${name} too small`, () => b[`write${name}`](min - 1, 0));
      show(`${name} offset end`, () => b[`write${name}`](0, 16 - sizes[bits] + 1));
      show(`${name} read end`, () => b[`read${name}`](16));
      show(`${name} read frac`, () => b[`read${name}`](1.5));
      show(`${name} read str`, () => b[`read${name}`]('1'));
      show(`${name} read neg`, () => b[`read${name}`](-1));
    }
  }
}
console.log(b.readUint8 === b.readUInt8, b.writeUint32LE === b.writeUInt32LE, b.readUInt16LE.name);
show('small buffer', () => Buffer.alloc(2).readUInt32LE(0));
show('small buffer off', () => Buffer.alloc(2).readUInt32LE(1));
show('empty', () => Buffer.alloc(0).readUInt8());
show('nan value', () => { const c = Buffer.alloc(2); c.writeUInt16LE(NaN); return c; });
show('string value', () => { const c = Buffer.alloc(2); c.writeUInt16BE('258'); return c; });
show('frac value', () => { const c = Buffer.alloc(2); c.writeInt16LE(-1.5); return c; });
show('default offset', () => { const c = Buffer.alloc(4); c.writeInt32BE(-2); return [c, c.readInt32BE()]; });
// variable width
for (let n = 1; n <= 6; n++) {
  const c = Buffer.alloc(8);
  const u = 2 ** (8 * n) - 1;
  const s = -(2 ** (8 * n - 1));
  console.log(n, c.writeUIntLE(u, 1, n), c.toString('hex'), c.readUIntLE(1, n), c.readUIntBE(1, n));
  console.log(n, c.writeIntBE(s, 0, n), c.toString('hex'), c.readIntBE(0, n), c.readIntLE(0, n));
  c.fill(0);
  c.writeUIntBE(0x123456789abc % (u + 1), 0, n);
  console.log(n, c.toString('hex'), c.readUIntBE(0, n), c.readIntBE(0, n));
  show(`uint${n} range`, () => c.writeUIntLE(u + 1, 0, n));
  show(`int${n} range`, () => c.writeIntLE(s - 1, 0, n));
}
show('byteLength 7', () => Buffer.alloc(8).readUIntLE(0, 7));
show('byteLength 0', () => Buffer.alloc(8).writeIntBE(0, 0, 0));
show('byteLength missing', () => Buffer.alloc(8).readIntLE(0));
show('offset missing', () => Buffer.alloc(8).readIntLE(undefined, 2));
show('variable end', () => Buffer.alloc(4).readUIntBE(2, 3));
// floats
const f = Buffer.alloc(8);
for (const v of [0, -0, 1.5, -2.25, 3.4e38, 1e39, NaN, Infinity, 0.1]) {
  f.writeFloatLE(v, 0); f.writeFloatBE(v, 4);
  console.log('float', v, f.toString('hex'), f.readFloatLE(0), f.readFloatBE(4));
  f.writeDoubleBE(v); console.log('double', v, f.toString('hex'), f.readDoubleBE(), f.readDoubleLE());
}
show('float end', () => f.writeFloatLE(1, 5));
show('double end', () => f.readDoubleLE(1));
// bigints
const g = Buffer.alloc(8);
for (const v of [0n, 1n, 2n ** 63n - 1n, -(2n ** 63n), -1n]) {
  g.writeBigInt64LE(v); console.log('i64', v, g.toString('hex'), g.readBigInt64LE(), g.readBigUInt64LE(), g.readBigInt64BE());
}
g.writeBigUInt64BE(2n ** 64n - 1n); console.log('u64', g.toString('hex'), g.readBigUInt64BE(), g.readBigUint64LE());
show('u64 range', () => g.writeBigUInt64LE(2n ** 64n));
show('u64 neg', () => g.writeBigUInt64LE(-1n));
show('i64 range', () => g.writeBigInt64BE(2n ** 63n));
show('i64 number', () => g.writeBigInt64BE(1));
show('i64 end', () => g.readBigInt64LE(1));
