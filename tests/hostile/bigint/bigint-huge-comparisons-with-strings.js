// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint huge comparisons with strings (expectations from Node 20).
// expect: true
// expect: true
// expect: true
// expect: true
// expect: false
// expect: false
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const big = '9'.repeat(5000)
t(() => BigInt(big) == big)
t(() => big == BigInt(big))
t(() => BigInt(big) < big + '0')
t(() => big + '0' > BigInt(big))
t(() => BigInt(big) > 'x')
t(() => BigInt(big) == big + 'x')
