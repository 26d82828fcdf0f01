// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint power size limit (expectations from Node 20).
// expect: RangeError: Maximum BigInt size exceeded
// expect: RangeError: Maximum BigInt size exceeded
// expect: 1
// expect: -1
// expect: 0
// expect: RangeError
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => 2n ** (2n ** 40n))
t(() => (-3n) ** (2n ** 30n))
t(() => 1n ** (2n ** 40n))
t(() => (-1n) ** (2n ** 40n + 1n))
t(() => 0n ** (2n ** 40n))
try { 2n ** -1n } catch (e) { console.log(e.name) }
