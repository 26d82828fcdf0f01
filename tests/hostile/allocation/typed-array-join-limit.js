// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: typed array join limit (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: 0-0-0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new Uint8Array(2 ** 20).join('ab'.repeat(512)))
t(() => new Uint8Array(3).join('-'))
