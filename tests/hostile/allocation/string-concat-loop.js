// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string concat loop (expectations from Node 20).
// expect: RangeError Invalid string length 268435456
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
let s = 'x'.repeat(2 ** 20)
try { for (let i = 0; i < 12; i++) s += s; console.log('made', s.length) } catch (e) { console.log(e.name, e.message, s.length) }
