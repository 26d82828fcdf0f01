// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint from long strings (expectations from Node 20).
// expect: 5000
// expect: 1
// expect: 3869
// expect: true
// expect: 12
// expect: 7
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => BigInt('1'.repeat(5000)).toString().length)
t(() => BigInt('-' + '9'.repeat(5000)) + 10n ** 5000n)
t(() => BigInt('0x' + 'f'.repeat(5000)).toString(36).length)
t(() => BigInt('0b' + '1'.repeat(20000)) + 1n === 2n ** 20000n)
t(() => BigInt('0'.repeat(6000) + '12'))
t(() => BigInt('  ' + '7'.repeat(4500) + '\n') % 10n)
