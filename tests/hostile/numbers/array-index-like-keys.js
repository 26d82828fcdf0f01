// Numbers at the edges of the double range and conversions of huge integers: array index like keys (expectations from Node 20).
// expect: undefined
// expect: undefined
// expect: 0
// expect: 1e+308
// expect: 1
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => ({})['1'.repeat(5000)])
t(() => [1, 2, 3]['9'.repeat(5000)])
t(() => { const a = []; a['1'.repeat(5000)] = 1; return a.length })
t(() => { const o = {}; o[1e308] = 'x'; return Object.keys(o)[0] })
t(() => { const o = {}; o[2 ** 1023] = 1; return o['8.98846567431158e+307'] })
