// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint in error messages (expectations from Node 20).
// expect: TypeError
// expect: TypeError
// expect: TypeError Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError Do not know how to serialize a BigInt
// expect: TypeError Cannot convert a Symbol value to a number
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
try { (10n ** 5000n)() } catch (e) { console.log(e.name) }
try { null[10n ** 5000n] } catch (e) { console.log(e.name) }
try { 10n ** 5000n + 1 } catch (e) { console.log(e.name, e.message) }
try { JSON.stringify({a: 10n ** 5000n}) } catch (e) { console.log(e.name, e.message) }
try { Symbol() + 10n ** 5000n } catch (e) { console.log(e.name, e.message) }
