// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint increment and negate large (expectations from Node 20).
// expect: 001
// expect: 5001
// expect: 5002
// expect: true
// expect: true
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
let x = 10n ** 5000n
t(() => String(++x).slice(-3))
t(() => String(x--).length)
t(() => String(-x).length)
t(() => -(-x) === x)
t(() => ~x === -x - 1n)
