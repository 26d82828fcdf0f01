// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string replace limits (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: 1048576
// expect: -a-b-c-
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const s = 'x'.repeat(2 ** 20)
t(() => s.replaceAll('x', 'y'.repeat(1024)))
t(() => s.replace('x', "$'".repeat(1024)))
t(() => s.replace('x', '$`$&').length)
t(() => 'abc'.replaceAll('', '-'))
