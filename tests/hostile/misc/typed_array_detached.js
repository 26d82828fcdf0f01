function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

function detach(buf) { structuredClone(buf, { transfer: [buf] }); }
const buf = new ArrayBuffer(8);
const ta = new Uint8Array(buf);
ta[0] = 7;
detach(buf);
t('byteLength', () => buf.byteLength);
t('length', () => ta.length);
t('byteOffset', () => ta.byteOffset);
t('read', () => ta[0]);
t('write', () => { ta[0] = 1; return ta[0]; });
t('in', () => 0 in ta);
t('fill', () => ta.fill(1));
t('join', () => ta.join());
t('slice', () => ta.slice());
t('subarray', () => ta.subarray(0).length);
t('set', () => ta.set([1]));
t('iterate', () => [...ta].length);
t('keys', () => Object.keys(ta).length);
t('new over detached', () => new Uint8Array(buf));
t('DataView over detached', () => new DataView(buf));
t('buffer slice', () => buf.slice(0));
// HTML StructuredSerializeWithTransfer: a detached buffer in transfer is a DataCloneError
// (Node 20 accepts it silently and prints undefined)
t('detach again', () => detach(buf));
t('defineProperty index', () => Object.defineProperty(ta, '0', { value: 1 }));
t('sort', () => ta.sort());
t('at', () => ta.at(0));
t('includes undefined', () => ta.includes(undefined));
t('indexOf', () => ta.indexOf(0));
const b2 = new ArrayBuffer(4);
const t2 = new Int16Array(b2);
t('detach in valueOf', () => { t2[0] = { valueOf() { detach(b2); return 5; } }; return t2[0] + ' ' + t2.length; });
const b3 = new ArrayBuffer(8);
const t3 = new Float64Array(b3);
t('detach in comparator', () => { const big = new Float64Array(new ArrayBuffer(16)); big[0] = 2; big[1] = 1; return big.sort((a, b) => { detach(big.buffer); return a - b; }).length; });
t('detach in map callback', () => new Uint8Array(b3).map((v, i, a) => { if (i === 0) detach(b3); return 1; }).length);
// expect: byteLength 0
// expect: length 0
// expect: byteOffset 0
// expect: read undefined
// expect: write undefined
// expect: in false
// expect: fill threw TypeError
// expect: join threw TypeError
// expect: slice threw TypeError
// expect: subarray threw TypeError
// expect: set threw TypeError
// expect: iterate threw TypeError
// expect: keys 0
// expect: new over detached threw TypeError
// expect: DataView over detached threw TypeError
// expect: buffer slice threw TypeError
// expect: detach again threw DataCloneError
// expect: defineProperty index threw TypeError
// expect: sort threw TypeError
// expect: at threw TypeError
// expect: includes undefined threw TypeError
// expect: indexOf threw TypeError
// expect: detach in valueOf undefined 0
// expect: detach in comparator 0
// expect: detach in map callback 8
