// Numbers at the edges of the double range and conversions of huge integers: exponent operator overflow (expectations from Node 20).
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: -Infinity
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 10 ** 400)
t(() => (-10) ** 401)
t(() => 2 ** 1024)
t(() => (-2) ** 1025)
t(() => 1e308 * 10)
t(() => -1e308 - 1e308)
t(() => 0.1 ** 400)
