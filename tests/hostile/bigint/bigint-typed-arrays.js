// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint typed arrays (expectations from Node 20).
// expect: 0
// expect: -1
// expect: 18446744073709551615
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const a = new BigInt64Array(2)
t(() => (a[0] = 10n ** 5000n, a[0]))
t(() => (a[1] = -(2n ** 64n) - 1n, a[1]))
t(() => new BigUint64Array([-1n])[0])
t(() => Atomics.add(new BigInt64Array(new SharedArrayBuffer(8)), 0, 10n ** 5000n))
