// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: typed array fill and set (expectations from Node 20).
// expect: 0
// expect: 7
// expect: 1048576
// expect: 0
// expect: RangeError: offset is out of bounds
// expect: undefined
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const a = new Uint8Array(2 ** 20)
t(() => a.fill(1e308)[0])
t(() => a.fill(7, -Infinity, Infinity)[5])
t(() => a.subarray(-1e308, 1e308).length)
t(() => a.slice(1e308).length)
t(() => { a.set([1], 2 ** 40) })
t(() => a.at(-1e308))
