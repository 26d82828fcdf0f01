// Numbers at the edges of the double range and conversions of huge integers: parse int long digits (expectations from Node 20).
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: Infinity
// expect: true
// expect: Infinity
// expect: Infinity
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => parseInt('1'.repeat(5000)))
t(() => parseInt('-' + '9'.repeat(5000)))
t(() => parseInt('f'.repeat(300), 16))
t(() => parseInt('1'.repeat(5000), 7))
t(() => parseInt('z'.repeat(190), 36) > 1e295)
t(() => parseInt('1'.repeat(1100), 2))
t(() => parseInt('0x' + 'f'.repeat(300)))
