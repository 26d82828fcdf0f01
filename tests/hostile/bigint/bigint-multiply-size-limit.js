// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint multiply size limit (expectations from Node 20).
// expect: RangeError: Maximum BigInt size exceeded
// expect: 134217729
// expect: RangeError: Maximum BigInt size exceeded
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const a = 1n << (2n ** 29n)
t(() => (a * a).toString(16).length)
t(() => (a * 2n).toString(16).length)
t(() => a ** 2n)
