// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint as int n huge bits (expectations from Node 20).
// expect: 5
// expect: -5
// expect: 5
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Invalid value: not (convertible to) a safe integer
// expect: 0
// expect: -9223372036854775808
// expect: 10000
// expect: Infinity
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => BigInt.asIntN(2 ** 53 - 1, 5n))
t(() => BigInt.asIntN(2 ** 40, -5n))
t(() => BigInt.asUintN(2 ** 53 - 1, 5n))
t(() => BigInt.asUintN(2 ** 53 - 1, -1n))
t(() => BigInt.asUintN(2 ** 31, -5n))
t(() => BigInt.asIntN(2 ** 53, 1n))
t(() => BigInt.asIntN(1, 10n ** 5000n))
t(() => BigInt.asIntN(64, 2n ** 63n))
t(() => BigInt.asUintN(10000, -1n).toString(2).length)
t(() => Number(BigInt.asUintN(10000, -1n)))
