// Numbers at the edges of the double range and conversions of huge integers: number from bigint (expectations from Node 20).
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: 1.7976931348623157e+308
// expect: Infinity
// expect: 9007199254740992
// expect: Infinity
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => Number(2n ** 1024n))
t(() => Number(-(2n ** 1024n)))
t(() => Number(2n ** 1024n - 2n ** 970n))
t(() => Number(2n ** 1024n - 2n ** 970n - 1n))
t(() => Number(10n ** 5000n))
t(() => Number(2n ** 53n + 1n))
t(() => +String(10n ** 400n))
