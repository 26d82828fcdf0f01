// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: regexp huge quantifier named groups (expectations from Node 20).
// expect: {"w":"b"}
// expect: 5
// expect: []
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const m = /(?<x>q)?(?<y>(?<z>a){1000000000})?(?<w>b)/.exec('b')
t(() => JSON.stringify(m.groups))
t(() => m.length)
t(() => 'b'.replace(/(a{1000000000})|b/, '[$1]'))
