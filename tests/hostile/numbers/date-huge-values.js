// Numbers at the edges of the double range and conversions of huge integers: date huge values (expectations from Node 20).
// expect: NaN
// expect: NaN
// expect: NaN
// expect: NaN
// expect: NaN
// expect: NaN
// expect: NaN
// expect: RangeError: Invalid time value
// expect: 275760
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new Date(1e308).getTime())
t(() => new Date(8.64e15 + 1).getTime())
t(() => new Date(2 ** 1000, 0).getTime())
t(() => Date.UTC(1e308))
t(() => Date.UTC(2020, 1e308))
t(() => new Date(2020, 0, 1, 0, 0, 0, 1e308).getTime())
t(() => new Date(0).setFullYear(1e308))
t(() => new Date(1e308).toISOString())
t(() => new Date(8.64e15).getUTCFullYear())
