// Numbers at the edges of the double range and conversions of huge integers: typed array conversions huge (expectations from Node 20).
// expect: 0
// expect: 0
// expect: Infinity
// expect: 0
// expect: 0
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new Uint8Array([1e308])[0])
t(() => new Uint8ClampedArray([1e308, -1e308])[1])
t(() => new Float32Array([1e308])[0])
t(() => new Int32Array([2 ** 1023])[0])
t(() => { const d = new DataView(new ArrayBuffer(8)); d.setInt16(0, 1e300); return d.getInt16(0) })
