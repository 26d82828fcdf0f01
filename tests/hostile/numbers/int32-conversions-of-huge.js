// Numbers at the edges of the double range and conversions of huge integers: int32 conversions of huge (expectations from Node 20).
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: -1
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 1e308 | 0)
t(() => 1e308 >>> 0)
t(() => -1e308 >> 1)
t(() => Infinity | 0)
t(() => (2 ** 1023) << 1)
t(() => ~1e300)
t(() => new Int8Array([1e308, -1e308, Infinity])[0])
