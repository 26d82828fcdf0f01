// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string from char code large (expectations from Node 20).
// expect: 100000
// expect: 2
// expect: RangeError: Invalid code point 1e+308
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => String.fromCharCode(...new Array(100000).fill(65)).length)
t(() => String.fromCodePoint(0x10ffff).length)
t(() => String.fromCodePoint(1e308))
