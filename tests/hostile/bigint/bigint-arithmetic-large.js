// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint arithmetic large (expectations from Node 20).
// expect: true
// expect: 10142
// expect: true
// expect: true
// expect: true
// expect: true
// expect: 531895937
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const x = 7n ** 6000n
t(() => (x * x / x === x))
t(() => String(x * x).length)
t(() => (x - x) === 0n)
t(() => (x & (x - 1n)) < x)
t(() => (x ^ x) === 0n)
t(() => -x < x)
t(() => BigInt.asIntN(32, x))
