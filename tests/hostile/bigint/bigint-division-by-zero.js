// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint division by zero (expectations from Node 20).
// expect: RangeError: Division by zero
// expect: RangeError: Division by zero
// expect: RangeError: Division by zero
// expect: -4
// expect: 10
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 1n / 0n)
t(() => (10n ** 5000n) % 0n)
t(() => 0n / 0n)
t(() => -(10n ** 5000n) / 7n % 10n)
t(() => (10n ** 5000n) / (10n ** 4999n))
