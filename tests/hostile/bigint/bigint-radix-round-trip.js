// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint radix round trip (expectations from Node 20).
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const n = 3n ** 9000n + 12345n
t(() => BigInt('0x' + n.toString(16)) === n)
t(() => BigInt('0o' + n.toString(8)) === n)
t(() => BigInt('0b' + n.toString(2)) === n)
t(() => BigInt(n.toString()) === n)
t(() => BigInt(n.toString(10)) === n)
t(() => BigInt(String(-n)) === -n)
