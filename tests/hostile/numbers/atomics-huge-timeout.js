// Numbers at the edges of the double range and conversions of huge integers: atomics huge timeout (expectations from Node 20).
// expect: not-equal
// expect: not-equal
// expect: timed-out
// expect: 0
// expect: 0
// expect: -1e+308
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const i32 = new Int32Array(new SharedArrayBuffer(16))
t(() => Atomics.wait(i32, 0, 1, 1e300))
t(() => Atomics.wait(i32, 0, 1, Infinity))
t(() => Atomics.wait(i32, 0, 0, -1e300))
t(() => Atomics.notify(i32, 0, 1e300))
t(() => Atomics.add(i32, 0, 1e300))
t(() => Atomics.store(i32, 1, -1e308))
