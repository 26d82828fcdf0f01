// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint to string past 4300 digits (expectations from Node 20).
// expect: 4301
// expect: 100
// expect: 5002
// expect: 4401
// expect: 4401
// expect: 4401
// expect: 999
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => String(10n ** 4300n).length)
t(() => (10n ** 5000n).toString().slice(0, 3))
t(() => (-(10n ** 5000n)).toString().length)
t(() => `${10n ** 4400n}`.length)
t(() => (10n ** 4400n + '').length)
t(() => [10n ** 4400n].join().length)
t(() => (10n ** 5000n - 1n).toString().slice(-3))
