// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint to string radix (expectations from Node 20).
// expect: 5917
// expect: 3213
// expect: 12620
// expect: 20001
// expect: fffff
// expect: 10001
// expect: RangeError: toString() radix argument must be between 2 and 36
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => (10n ** 5000n).toString(7).length)
t(() => (10n ** 5000n).toString(36).length)
t(() => (-(2n ** 20000n)).toString(3).length)
t(() => (2n ** 20000n).toString(2).length)
t(() => (2n ** 20000n - 1n).toString(16).slice(0, 5))
t(() => (3n ** 10000n).toString(3).length)
t(() => (10n ** 5000n).toString(37))
