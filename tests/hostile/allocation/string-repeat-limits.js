// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string repeat limits (expectations from Node 20).
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: RangeError: Invalid string length
// expect: 
// expect: RangeError: Invalid count value: Infinity
// expect: RangeError: Invalid count value: -1
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 'x'.repeat(2 ** 30))
t(() => 'x'.repeat(536870889))
t(() => 'xy'.repeat(2 ** 28))
t(() => ''.repeat(2 ** 40))
t(() => 'x'.repeat(Infinity))
t(() => 'x'.repeat(-1))
