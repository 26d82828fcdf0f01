// Numbers at the edges of the double range and conversions of huge integers: math on huge values (expectations from Node 20).
// expect: 1e+308
// expect: 1e+308
// expect: -1e+308
// expect: -1e+308
// expect: 1.348269851146737e+308
// expect: 32
// expect: 0
// expect: 1.4142135623730951e+308
// expect: Infinity
// expect: Infinity
// expect: Infinity
// expect: Infinity
// expect: Infinity
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => Math.floor(1e308))
t(() => Math.round(1e308))
t(() => Math.round(-1e308))
t(() => Math.trunc(-1e308))
t(() => Math.ceil(2 ** 1023 * 1.5))
t(() => Math.clz32(1e308))
t(() => Math.imul(1e308, 3))
t(() => Math.hypot(1e308, 1e308))
t(() => Math.hypot(1e308, 1e308, 1e308, 1e308))
t(() => Math.fround(1e308))
t(() => Math.pow(10, 400))
t(() => Math.exp(1e308))
t(() => Math.cosh(1e308))
