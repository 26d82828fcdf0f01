// 25.2 SharedArrayBuffer and 25.4 Atomics (one agent: wait times out or sees a change)
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
console.log(Atomics.add(i32, 0, 5), Atomics.load(i32, 0), Atomics.sub(i32, 0, 2), Atomics.exchange(i32, 0, 9), Atomics.compareExchange(i32, 0, 9, 1), i32[0]);
// expect: 0 5 5 3 9 1
console.log(Atomics.and(i32, 1, 0), Atomics.or(i32, 1, 6), Atomics.xor(i32, 1, 3), i32[1], Atomics.store(i32, 2, -0), Object.is(Atomics.store(i32, 2, -0), 0));
// expect: 0 0 6 5 0 true
console.log(Atomics.wait(i32, 0, 0, 5), Atomics.wait(i32, 0, 1, 5), Atomics.notify(i32, 0, 1), Atomics.isLockFree(4));
// expect: not-equal timed-out 0 true
const u8 = new Uint8Array(4);
console.log(Atomics.add(u8, 0, 300), u8[0], Atomics.notify(new Int32Array(4), 0), Atomics.add(new BigInt64Array(1), 0, 5n));
// expect: 0 44 0 0n
for (const bad of [() => Atomics.add(new Float64Array(1), 0, 1), () => Atomics.wait(new Int32Array(4), 0, 0, 0), () => Atomics.load(i32, 4)]) {
  try { bad(); } catch (e) { console.log(e.name); }
}
// expect: TypeError
// expect: TypeError
// expect: RangeError
console.log(sab.byteLength, sab.slice(4).byteLength, Object.prototype.toString.call(sab), Object.prototype.toString.call(Atomics));
// expect: 16 12 [object SharedArrayBuffer] [object Atomics]
const copy = structuredClone(sab);
new Int32Array(copy)[3] = 7;
console.log(i32[3], copy !== sab);
// expect: 7 true
try { ArrayBuffer.prototype.slice.call(sab); } catch (e) { console.log(e.name); }
// expect: TypeError
