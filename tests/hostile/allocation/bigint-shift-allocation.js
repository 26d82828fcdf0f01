// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: bigint shift allocation (expectations from Node 20).
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: 25001
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 1n << (2n ** 40n))
t(() => 2n ** (2n ** 40n))
t(() => BigInt.asUintN(2 ** 53 - 1, -1n))
t(() => (1n << 100000n).toString(16).length)
