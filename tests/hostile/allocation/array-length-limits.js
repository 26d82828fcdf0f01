// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: array length limits (expectations from Node 20).
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: 4294967295
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new Array(2 ** 32))
t(() => new Array(-1))
t(() => new Array(2 ** 32 - 1).length)
t(() => { const a = []; a.length = 2 ** 32; return a.length })
t(() => Array(1.5))
