// Numbers at the edges of the double range and conversions of huge integers: json long numbers (expectations from Node 20).
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: {"a":null,"b":1e+300}
// expect: [8.98846567431158e+307,-8.98846567431158e+307]
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => JSON.parse('9'.repeat(5000)))
t(() => JSON.parse('[-' + '9'.repeat(5000) + '.5]')[0])
t(() => JSON.parse('1e' + '9'.repeat(500)))
t(() => JSON.stringify({a: 1e308 * 10, b: 1e300}))
t(() => JSON.stringify([2 ** 1023, -(2 ** 1023)]))
