// 25.1 ArrayBuffer, 23.2 TypedArrays (integer-indexed exotic objects), 25.3 DataView
const a = new Uint8Array([1, 2, 300, -1]);
console.log(a.length, a[2], a[3], a[4], a['-0'], Object.keys(a), 'x' in a, 2 in a, 7 in a);
// expect: 4 44 255 undefined undefined [ '0', '1', '2', '3' ] false true false
a[9] = 5; a.foo = 1;
console.log(a[9], Object.keys(a), delete a[0], delete a[9]);
// expect: undefined [ '0', '1', '2', '3', 'foo' ] false true
const f = new Float32Array(2); f[0] = 1.1; f[1] = 1e300;
console.log(f[0], f[1], new Uint8ClampedArray([1.5, 2.5, 300, -5, NaN]).join());
// expect: 1.100000023841858 Infinity 2,2,255,0,0
const b = new BigInt64Array([1n, -1n]);
console.log(b[1], new BigUint64Array(b.buffer)[1]);
// expect: -1n 18446744073709551615n
try { b[0] = 1; } catch (e) { console.log(e.name); }
// expect: TypeError
const buf = new ArrayBuffer(8), dv = new DataView(buf, 0);
dv.setInt16(0, -2); dv.setFloat32(4, 1.5, true);
console.log(dv.getInt16(0), dv.getUint8(1), dv.getFloat32(4, true), new Uint8Array(buf).join());
// expect: -2 254 1.5 255,254,0,0,0,0,192,63
try { dv.getInt32(6); } catch (e) { console.log(e.name); }
// expect: RangeError
const s = new Int16Array([5, -3, 9, 0]);
console.log(s.sort().join(), s.subarray(1, 3).join(), s.map(x => x * 2).join(), s.filter(x => x > 0).join());
// expect: -3,0,5,9 0,5 -6,0,10,18 5,9
console.log(Object.prototype.toString.call(s), s.toReversed().join(), s.with(0, 7).join(), Int8Array.from({length: 2, 0: 4}).join(), Int8Array.of(7, 8).join());
// expect: [object Int16Array] 9,5,0,-3 7,0,5,9 4,0 7,8
const view = s.subarray(1);
view[0] = 42;
console.log(s[1], view.byteOffset, view.length, s.slice(-2).join(), new Float64Array([NaN, -0, 0, -1]).sort().join());
// expect: 42 2 3 5,9 -1,0,0,NaN
const u = new Uint8Array([1, 2, 3, 4, 5]);
u.set([9, 9], 3); u.copyWithin(0, 3);
console.log(u.join(), u.buffer.slice(1, 3).byteLength, ArrayBuffer.isView(u), ArrayBuffer.isView(buf));
// expect: 9,9,3,9,9 2 true false
console.log(new Int16Array(new Uint8Array([1, 2])), [...new Uint16Array(2).keys()]);
// expect: Int16Array(2) [ 1, 2 ] [ 0, 1 ]
try { new Int32Array(new ArrayBuffer(6)); } catch (e) { console.log(e.name); }
// expect: RangeError
try { Int8Array(2); } catch (e) { console.log(e.name); }
// expect: TypeError
