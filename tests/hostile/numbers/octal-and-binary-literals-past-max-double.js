// Numbers at the edges of the double range and conversions of huge integers: octal and binary literals past max double (expectations from Node 20).
// expect: Infinity
// expect: Infinity
// expect: Infinity
// expect: 8.98846567431158e+307
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => eval('0o' + '7'.repeat(400)))
t(() => eval('0b' + '1'.repeat(1100)))
t(() => eval('0' + '7'.repeat(400)))
t(() => eval('0b1' + '0'.repeat(1023)))
