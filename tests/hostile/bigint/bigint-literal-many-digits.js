// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint literal many digits (expectations from Node 20).
// expect: 5000
// expect: 111
// expect: 15
// expect: 10
// expect: bigint
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => eval('1'.repeat(5000) + 'n').toString().length)
t(() => eval('1'.repeat(5000) + 'n') % 1000n)
t(() => eval('0x' + 'f'.repeat(5000) + 'n') % 16n)
t(() => eval('1_0'.repeat(2500) + 'n') % 100n)
t(() => typeof eval('9'.repeat(6000) + 'n'))
