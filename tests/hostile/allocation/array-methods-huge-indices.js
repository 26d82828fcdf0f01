// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: array methods huge indices (expectations from Node 20).
// expect: 1,2,3
// expect: undefined
// expect: 2
// expect: false
// expect: 3
// expect: RangeError: Invalid index : 1e+308
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const a = [1, 2, 3]
t(() => a.slice(-1e308, 1e308).join())
t(() => a.at(1e308))
t(() => a.indexOf(3, -Infinity))
t(() => a.includes(1, 1e308))
t(() => [].fill.call({length: 3}, 0, -1e308, 1e308).length)
t(() => a.with(1e308, 0))
