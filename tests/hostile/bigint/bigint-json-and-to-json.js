// BigInts past the host interpreter's 4300-digit conversion limit and V8's size limit: bigint json and to json (expectations from Node 20).
// expect: 4509
// expect: ["1","1267650600228229401496703205376"]
// expect: TypeError: Do not know how to serialize a BigInt
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
BigInt.prototype.toJSON = function () { return this.toString() }
t(() => JSON.stringify({ n: 10n ** 4500n }).length)
t(() => JSON.stringify([1n, 2n ** 100n]))
delete BigInt.prototype.toJSON
t(() => JSON.stringify(1n))
