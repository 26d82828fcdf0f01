// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint shift size limit (expectations from Node 20).
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: 0
// expect: 0
// expect: -1
// expect: -1
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 1n << (2n ** 40n))
t(() => 1n << (2n ** 30n))
t(() => -1n << (2n ** 31n))
t(() => 1n >> -(2n ** 40n))
t(() => 0n << (2n ** 40n))
t(() => 5n >> (2n ** 40n))
t(() => -5n >> (2n ** 40n))
t(() => -5n << -(2n ** 40n))
