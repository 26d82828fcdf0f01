// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: typed array length limits (expectations from Node 20).
// expect: RangeError: Invalid typed array length: 1099511627776
// expect: RangeError: Invalid typed array length: 4294967297
// expect: RangeError: Array buffer allocation failed
// expect: RangeError: Invalid typed array length: 1099511627776
// expect: RangeError: Invalid typed array length: 9007199254740991
// expect: RangeError: Invalid typed array length: 8589934592
// expect: 8
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new Uint8Array(2 ** 40))
t(() => new Float64Array(2 ** 32 + 1))
t(() => new Float64Array(2 ** 32))
t(() => new Uint8Array(new ArrayBuffer(8), 0, 2 ** 40))
t(() => new Int16Array(2 ** 53 - 1))
t(() => new BigInt64Array(2 ** 33))
t(() => new Uint8Array(8).length)
