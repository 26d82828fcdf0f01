// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: json stringify gap limits (expectations from Node 20).
// expect: [
// expect:           1,
// expect:           [
// expect:                     2
// expect:           ]
// expect: ]
// expect: {
// expect:           "a": 1
// expect: }
// expect: {
// expect: xxxxxxxxxx"a": 1
// expect: }
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => JSON.stringify([1, [2]], null, 1e300))
t(() => JSON.stringify({a: 1}, null, Infinity))
t(() => JSON.stringify({a: 1}, null, 'x'.repeat(100)))
