// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string concat template (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: 268435457
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const s = 'x'.repeat(2 ** 28)
t(() => `${s}${s}`)
t(() => s + s)
t(() => (s + 'y').length)
t(() => s.concat(s))
t(() => [s, s].join(''))
