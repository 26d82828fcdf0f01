// structuredClone: the HTML serialization algorithm over the core types
const a = {x: 1, d: new Date(5), r: /a/g, m: new Map([[1, {y: 2}]]), s: new Set(['q']),
           arr: [1, , 3], n: new Number(4), e: new RangeError('bad', {cause: 7}), big: 5n};
a.self = a;
const b = structuredClone(a);
console.log(b.self === b, b !== a, b.d.getTime(), b.r.source + b.r.flags, b.m.get(1).y, b.s.has('q'));
// expect: true true 5 ag 2 true
console.log(b.arr.length, 1 in b.arr, b.n instanceof Number, b.e instanceof RangeError, b.e.message, b.e.cause, b.big);
// expect: 3 false true true bad 7 5n
let reads = [];
structuredClone({get p() { reads.push('p'); return 1; }, q: 2});
console.log(reads);
// expect: [ 'p' ]
for (const bad of [function () {}, Symbol(), new WeakMap(), new Proxy({}, {}), Promise.resolve()]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
// expect: DataCloneError 25 true
// expect: DataCloneError 25 true
// expect: DataCloneError 25 true
// expect: DataCloneError 25 true
// expect: DataCloneError 25 true
console.log(String(new DOMException('m', 'AbortError')), DOMException.ABORT_ERR, new DOMException().name);
// expect: AbortError: m 20 Error
const bytes = new Uint8Array([1, 2, 3, 4]);
const pair = structuredClone({a: bytes, b: new Uint16Array(bytes.buffer, 2, 1), d: new DataView(bytes.buffer, 1)});
pair.a[2] = 9;
console.log(pair.a.join(), pair.b[0], pair.d.getUint8(1), pair.a.buffer === pair.b.buffer, bytes[2]);
// expect: 1,2,9,4 1033 9 true 3
