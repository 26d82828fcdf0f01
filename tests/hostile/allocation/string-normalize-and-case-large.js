// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string normalize and case large (expectations from Node 20).
// expect: 1048576
// expect: 131072
// expect: 1048576
// expect: 1048576
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const s = 'x'.repeat(2 ** 20)
t(() => s.toUpperCase().length)
t(() => 'ß'.repeat(2 ** 16).toUpperCase().length)
t(() => s.normalize('NFD').length)
t(() => s.split('').length)
t(() => s.split('', 2 ** 40).length)
