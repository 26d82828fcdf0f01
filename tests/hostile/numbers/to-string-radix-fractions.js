// Numbers at the edges of the double range and conversions of huge integers: to string radix fractions (expectations from Node 20).
// expect: 1076
// expect: 3f.gez4w97ry
// expect: 0.0022002200220022002200220022002201
// expect: 10000000000000000000000000000000000000000000000000000
// expect: -0.000001ad7f29abcaf48
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => (2 ** -1074).toString(2).length)
t(() => (123.456).toString(36))
t(() => (0.1).toString(3))
t(() => (2 ** 52 + 0.5).toString(2))
t(() => (-1e-7).toString(16))
