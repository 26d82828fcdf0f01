// Numbers at the edges of the double range and conversions of huge integers: parse float and number long decimal (expectations from Node 20).
// expect: Infinity
// expect: Infinity
// expect: 0
// expect: 1e+308
// expect: Infinity
// expect: Infinity
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => parseFloat('9'.repeat(5000)))
t(() => Number('1'.repeat(400)))
t(() => Number('0.' + '0'.repeat(5000) + '1'))
t(() => Number('1' + '0'.repeat(308)))
t(() => Number('1' + '0'.repeat(309)))
t(() => parseFloat('1e' + '9'.repeat(400)))
