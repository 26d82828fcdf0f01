// structuredClone transfers ArrayBuffers: the source is detached, the clone owns the bytes
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
var b = new ArrayBuffer(8); new Uint8Array(b)[3] = 9;
var c = structuredClone({buf: b, view: new Uint8Array(b, 2)}, {transfer: [b]});
console.log(b.byteLength, c.buf.byteLength, c.view[1], c.view.buffer === c.buf);
var d = new ArrayBuffer(2);
report(() => structuredClone(d, {transfer: [d, d]}));
console.log(d.byteLength);
var e = new ArrayBuffer(2);
report(() => structuredClone([e, () => 1], {transfer: [e]}));
console.log(e.byteLength);
// expect: 0 8 9 true
// expect: DataCloneError: Transfer list contains duplicate ArrayBuffer
// expect: 2
// expect: DataCloneError: () => 1 could not be cloned.
// expect: 2
