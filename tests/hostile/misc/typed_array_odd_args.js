function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('length -1', () => new Uint8Array(-1));
t('length 1.5', () => new Uint8Array(1.5));
t('length NaN', () => new Uint8Array(NaN).length);
t('length string', () => new Uint8Array('3').length);
t('from object', () => new Uint8Array({ length: 2, 0: 7 }).join());
t('from iterable object', () => new Uint8Array(new Set([1, 2])).join());
t('offset misaligned', () => new Uint16Array(new ArrayBuffer(4), 1));
t('length misaligned', () => new Uint16Array(new ArrayBuffer(3)));
t('offset beyond', () => new Uint8Array(new ArrayBuffer(4), 5));
t('offset+length beyond', () => new Uint8Array(new ArrayBuffer(4), 2, 3));
t('offset negative', () => new Uint8Array(new ArrayBuffer(4), -1));
t('call without new', () => Uint8Array(1));
t('TypedArray abstract', () => new (Object.getPrototypeOf(Uint8Array))());
t('set overlapping', () => { const b = new Uint8Array([1, 2, 3, 4]); b.set(b.subarray(0, 3), 1); return b.join(); });
t('set offset negative', () => new Uint8Array(2).set([1], -1));
t('set too long', () => new Uint8Array(2).set([1, 2, 3]));
t('set from different type', () => { const f = new Float64Array([1.5, -1]); const u = new Uint8Array(2); u.set(f); return u.join(); });
t('bigint/number mix set', () => new BigInt64Array(1).set(new Uint8Array(1)));
t('subarray negative', () => new Uint8Array([1, 2, 3]).subarray(-2).join());
t('slice species', () => { class U extends Uint8Array { static get [Symbol.species]() { return Uint16Array; } } return new U([1, 2]).slice().constructor.name; });
t('species returning too short', () => { class U extends Uint8Array { static get [Symbol.species]() { return function () { return new Uint8Array(0); }; } } return new U([1, 2]).slice(); });
t('fill conversion once', () => { let n = 0; new Uint8Array(3).fill({ valueOf() { n++; return 1; } }); return n; });
t('includes NaN float', () => new Float32Array([NaN]).includes(NaN) + ' ' + new Float32Array([NaN]).indexOf(NaN));
t('join separator', () => new Uint8Array([1, 2]).join(undefined) + ' ' + new Uint8Array([1, 2]).join(null));
t('DataView odd', () => { const dv = new DataView(new ArrayBuffer(4)); dv.setInt16(0, -2); return dv.getUint16(0) + ' ' + dv.getInt8(1) + ' ' + dv.getUint16(0, true); });
t('DataView out of range', () => new DataView(new ArrayBuffer(2)).getInt32(0));
t('DataView negative index', () => new DataView(new ArrayBuffer(2)).getInt8(-1));
t('DataView float16?', () => typeof DataView.prototype.getFloat16);
t('ArrayBuffer negative', () => new ArrayBuffer(-1));
t('ArrayBuffer isView', () => [ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView([]), ArrayBuffer.isView(new Uint8Array())].join());
t('buffer slice odd', () => new ArrayBuffer(8).slice(-3, -1).byteLength);
t('toString tag', () => Object.prototype.toString.call(new Uint8Array()) + ' ' + Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call([]));
t('from with mapper this', () => Uint8Array.from([1, 2], function (v) { return v * this.m; }, { m: 3 }).join());
t('of on non-ctor', () => Uint8Array.of.call({}, 1));
t('at/with', () => new Int8Array([1, 2, 3]).at(-1) + ' ' + new Int8Array([1, 2, 3]).with(0, 200).join());
t('with bad index', () => new Int8Array(2).with(5, 1));
t('sort comparator detaches nothing', () => new Int8Array([3, 1, 2]).sort((a, b) => b - a).join());
t('toReversed/toSorted', () => new Uint8Array([1, 3, 2]).toSorted().join() + ' ' + new Uint8Array([1, 2]).toReversed().join());
// expect: length -1 threw RangeError
// expect: length 1.5 0
// expect: length NaN 0
// expect: length string 3
// expect: from object 7,0
// expect: from iterable object 1,2
// expect: offset misaligned threw RangeError
// expect: length misaligned threw RangeError
// expect: offset beyond threw RangeError
// expect: offset+length beyond threw RangeError
// expect: offset negative threw RangeError
// expect: call without new threw TypeError
// expect: TypedArray abstract threw TypeError
// expect: set overlapping 1,1,2,3
// expect: set offset negative threw RangeError
// expect: set too long threw RangeError
// expect: set from different type 1,255
// expect: bigint/number mix set threw TypeError
// expect: subarray negative 2,3
// expect: slice species Uint16Array
// expect: species returning too short threw TypeError
// expect: fill conversion once 1
// expect: includes NaN float true -1
// expect: join separator 1,2 1null2
// expect: DataView odd 65534 -2 65279
// expect: DataView out of range threw RangeError
// expect: DataView negative index threw RangeError
// expect: DataView float16? undefined
// expect: ArrayBuffer negative threw RangeError
// expect: ArrayBuffer isView true,false,true
// expect: buffer slice odd 2
// expect: toString tag [object Uint8Array] undefined
// expect: from with mapper this 3,6
// expect: of on non-ctor threw TypeError
// expect: at/with 3 -56,2,3
// expect: with bad index threw RangeError
// expect: sort comparator detaches nothing 3,2,1
// expect: toReversed/toSorted 1,2,3 2,1
