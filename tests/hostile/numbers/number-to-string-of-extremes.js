// Numbers at the edges of the double range and conversions of huge integers: number to string of extremes (expectations from Node 20).
// expect: 8.98846567431158e+307
// expect: -1.7976931348623157e+308
// expect: 5e-324
// expect: true
// expect: 1e+21
// expect: 123456789012345680000
// expect: Infinity,-Infinity,NaN
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => String(2 ** 1023))
t(() => String(-Number.MAX_VALUE))
t(() => String(5e-324))
t(() => (2 ** 1023).toLocaleString === Number.prototype.toLocaleString)
t(() => String(1e21))
t(() => String(123456789012345680000))
t(() => [1e308 * 10, -1e308 * 10, 0 / 0].join())
