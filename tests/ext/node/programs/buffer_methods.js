// Buffer's statics and methods other than the numeric reads and writes
const { Buffer, SlowBuffer, constants, kMaxLength, INSPECT_MAX_BYTES } = require('node:buffer');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
console.log(typeof Buffer, Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(constants, kMaxLength, INSPECT_MAX_BYTES, Buffer.poolSize);
const b = Buffer.from('hello');
console.log(b, b instanceof Buffer, b instanceof Uint8Array, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)));
console.log(Object.prototype.toString.call(b), b.constructor === Buffer, b.length, b.byteLength);
console.log([Buffer.alloc(3)], Buffer.alloc(60), Buffer.alloc(51));
// from
show('from array', () => Buffer.from([1, 256, -1, 3.7, '5', 'x']));
show('from buffer copies', () => { const c = Buffer.from(b); c[0] = 72; return [b.toString(), c.toString()]; });
const ab = new ArrayBuffer(8);
const shared = Buffer.from(ab, 2, 4);
new Uint8Array(ab)[2] = 9;
show('from arrayBuffer shares', () => [shared, shared.byteOffset, shared.buffer === ab]);
show('from ab offset', () => Buffer.from(ab, 9));
show('from ab length', () => Buffer.from(ab, 2, 7));
show('from ab neg length', () => Buffer.from(ab, 2, -1));
show('from typed array', () => Buffer.from(new Uint16Array([1, 0x1234])));
show('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
show('from array-like', () => Buffer.from({ length: 2, 0: 7, 1: 8 }));
show('from String object', () => Buffer.from(new String('hi')));
show('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'yo'; } }));
show('from number', () => Buffer.from(5));
show('from null', () => Buffer.from(null));
show('from object', () => Buffer.from({}));
show('from fn', () => Buffer.from(function named() {}));
show('from bad enc', () => Buffer.from('x', 'nope'));
show('of', () => Buffer.of(1, 2, 3));
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
// alloc
show('alloc fill', () => Buffer.alloc(5, 'ab'));
show('alloc fill hex', () => Buffer.alloc(5, 'abc', 'hex'));
show('alloc fill num', () => Buffer.alloc(3, 257));
show('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('alloc neg', () => Buffer.alloc(-1));
show('alloc str', () => Buffer.alloc('3'));
show('alloc undefined', () => Buffer.alloc());
show('alloc NaN', () => Buffer.alloc(NaN));
show('alloc huge', () => Buffer.alloc(2 ** 33));
show('allocUnsafe', () => Buffer.allocUnsafe(3).length);
show('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(2).length);
show('SlowBuffer', () => SlowBuffer(2).length);
show('new Buffer', () => [new Buffer(2), new Buffer('ab'), Buffer('cd')]);
// concat, compare, equals
show('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]));
show('concat len', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
show('concat longer', () => Buffer.concat([Buffer.from('ab')], 4));
show('concat empty', () => Buffer.concat([]));
show('concat bad', () => Buffer.concat([Buffer.from('a'), 'b']));
show('concat not array', () => Buffer.concat('ab'));
show('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from(''))]);
show('compare bad', () => Buffer.compare('a', Buffer.from('a')));
show('sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
show('cmp ranges', () => [b.compare(Buffer.from('xxhelxx'), 2, 5, 0, 3), b.compare(Buffer.from('a'), 0, 0), b.compare(Buffer.from('a'), 0, 1, 2, 2)]);
show('cmp bad range', () => b.compare(Buffer.from('a'), 0, 5));
show('equals', () => [b.equals(Buffer.from('hello')), b.equals(Buffer.from('hellO')), b.equals(new Uint8Array([104, 101, 108, 108, 111]))]);
show('equals bad', () => b.equals('hello'));
// search
const h = Buffer.from('this is a buffer, a buffer');
show('indexOf', () => [h.indexOf('is'), h.indexOf('is', 3), h.indexOf('buffer', -8), h.indexOf(97), h.indexOf(Buffer.from('a b')), h.indexOf('zz'), h.indexOf('')].join());
show('indexOf enc', () => [h.indexOf('6973', 'hex'), h.indexOf('6973', 0, 'hex'), h.indexOf('is', 100), h.indexOf('', 100)]);
show('lastIndexOf', () => [h.lastIndexOf('buffer'), h.lastIndexOf('buffer', 15), h.lastIndexOf('a', -2), h.lastIndexOf(116), h.lastIndexOf('x'), h.lastIndexOf('', 3)]);
show('includes', () => [h.includes('buffer'), h.includes('nope'), h.includes(115, 20)]);
show('indexOf bad', () => h.indexOf({}));
// fill
show('fill', () => Buffer.alloc(6).fill('xyz', 1, 5));
show('fill num', () => Buffer.alloc(4).fill(0x1ff));
show('fill bool', () => Buffer.alloc(2).fill(true));
show('fill enc', () => Buffer.alloc(4).fill('aa', 'hex'));
show('fill bad hex', () => Buffer.alloc(4).fill('zz', 'hex'));
show('fill bad end', () => Buffer.alloc(4).fill(1, 0, 5));
show('fill neg', () => Buffer.alloc(4).fill(1, -1));
show('fill empty', () => Buffer.alloc(3).fill(''));
// copy
const src = Buffer.from('abcdef');
show('copy', () => { const t = Buffer.alloc(4); return [src.copy(t), t.toString()]; });
show('copy range', () => { const t = Buffer.alloc(6, '.'); return [src.copy(t, 2, 1, 3), t.toString()]; });
show('copy overlap', () => { const s = Buffer.from('abcdef'); s.copy(s, 2, 0, 4); return s.toString(); });
show('copy past', () => [src.copy(Buffer.alloc(2), 5), src.copy(Buffer.alloc(2), 0, 6)]);
show('copy neg', () => src.copy(Buffer.alloc(2), -1));
show('copy bad source', () => src.copy(Buffer.alloc(2), 0, 9));
show('copy bad', () => src.copy('x'));
// slices share memory
const s = Buffer.from('abcdef');
const sl = s.slice(1, 3);
const sub = s.subarray(-2);
sl[0] = 66; sub[1] = 70;
show('slice', () => [s.toString(), sl.toString(), sub.toString(), sl instanceof Buffer, sub instanceof Buffer]);
show('slice args', () => [s.slice(-100).toString(), s.slice(4, 2).toString(), s.slice('1', '3').toString(), s.slice().length]);
show('toJSON', () => JSON.stringify({ b: Buffer.from('hi') }));
show('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
show('swap32', () => Buffer.from([1, 2, 3, 4]).swap32());
show('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
show('swap bad', () => Buffer.from([1, 2, 3]).swap16());
show('iterate', () => [...Buffer.from('ab')]);
show('entries', () => [...Buffer.from('ab').entries()].join(';'));
show('parent', () => [b.parent === b.buffer, b.offset === b.byteOffset]);
show('map', () => Buffer.from([1, 2]).map((x) => x * 2));
show('global', () => typeof globalThis.Buffer === 'function' && globalThis.Buffer === Buffer);
