// Numbers at the edges of the double range and conversions of huge integers: comparisons number bigint huge (expectations from Node 20).
// expect: true
// expect: true
// expect: false
// expect: false
// expect: true
// expect: false
// expect: false
// expect: true
// expect: true
// expect: 6,309
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 2n ** 2000n > 1e308)
t(() => 2n ** 2000n < Infinity)
t(() => 2n ** 2000n == Infinity)
t(() => 2n ** 2000n == 1e308)
t(() => 1e308 < 2n ** 2000n)
t(() => -(2n ** 2000n) < -Infinity)
t(() => 2n ** 2000n > NaN)
t(() => 2n ** 1023n == 2 ** 1023)
t(() => 2n ** 1023n + 1n > 2 ** 1023)
t(() => [2n ** 1024n, 1e308].sort((a, b) => (a < b ? -1 : 1)).map(String).map(s => s.length).join())
