// Numbers at the edges of the double range and conversions of huge integers: timers infinite values (expectations from Node 20).
// expect: undefined
// expect: undefined
// expect: undefined
// expect: undefined
// expect: huge delay fires like Node (clamped to 1 ms)
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => clearTimeout(Infinity))
t(() => clearTimeout(-Infinity))
t(() => clearInterval(1e300))
t(() => clearTimeout(NaN))
setTimeout(() => console.log('huge delay fires like Node (clamped to 1 ms)'), 1e300)
clearTimeout(1e308)
