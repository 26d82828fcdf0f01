// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: array join limits (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: abab
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => Array(2 ** 32 - 1).join('x'))
t(() => new Array(2 ** 20).join('x'.repeat(1024)))
t(() => Array(3).join('ab'))
t(() => new Array(1e6).join('').length)
