// Numbers at the edges of the double range and conversions of huge integers: number to bigint huge (expectations from Node 20).
// expect: 309
// expect: true
// expect: true
// expect: RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number -Infinity cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => BigInt(1e308).toString().length)
t(() => BigInt(2 ** 1023) === 2n ** 1023n)
t(() => BigInt(Number.MAX_VALUE) === 2n ** 1024n - 2n ** 971n)
t(() => BigInt(Infinity))
t(() => BigInt(-Infinity))
t(() => BigInt(1e308 * 10))
