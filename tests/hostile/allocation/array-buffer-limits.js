// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: array buffer limits (expectations from Node 20).
// expect: RangeError: Array buffer allocation failed
// expect: RangeError: Array buffer allocation failed
// expect: RangeError: Array buffer allocation failed
// expect: RangeError: Invalid array buffer length
// expect: 16
// expect: RangeError: Array buffer allocation failed
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new ArrayBuffer(2 ** 40))
t(() => new ArrayBuffer(2 ** 53 - 1))
t(() => new SharedArrayBuffer(2 ** 40))
t(() => new ArrayBuffer(-1))
t(() => new ArrayBuffer(16).byteLength)
t(() => new ArrayBuffer(2 ** 40) instanceof ArrayBuffer)
