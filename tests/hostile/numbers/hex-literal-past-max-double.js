// Numbers at the edges of the double range and conversions of huge integers: hex literal past max double (expectations from Node 20).
// expect: Infinity
// expect: -Infinity
// expect: false
// expect: 1.7976931348623157e+308
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => eval('0x' + 'f'.repeat(300)))
t(() => eval('-0x' + 'f'.repeat(300)))
t(() => eval('0x' + 'f'.repeat(256)) < Infinity)
t(() => 0xfffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)
