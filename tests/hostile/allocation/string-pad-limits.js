// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string pad limits (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: ab
// expect: abxyx
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 'ab'.padEnd(2 ** 31))
t(() => 'ab'.padStart(2 ** 29))
t(() => ''.padStart(Infinity, 'x'))
t(() => 'ab'.padEnd(2 ** 40, ''))
t(() => 'ab'.padEnd(5, 'xy'))
