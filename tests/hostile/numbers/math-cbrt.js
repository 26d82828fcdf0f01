// Numbers at the edges of the double range and conversions of huge integers: math cbrt (expectations from Node 20).
// expect: 4.641588833612779e+102
// expect: 3
// expect: -2
// expect: 2.1544266950262728e-107
// expect: 1.4422495703074083
// expect: 1.2599210498948732
// expect: 1.7031839360032603e-108
// expect: 5.643803094122362e+102
// expect: 0.1
// expect: 497.93385921817446
// expect: -1e-100
// expect: 4
// expect: 10
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
for (const x of [1e308, 27, -8, 1e-320, 3, 2, 5e-324, 1.7976931348623157e308, 0.001, 123456789, -1e-300, 64, 1000]) t(() => Math.cbrt(x))
