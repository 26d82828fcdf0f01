// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: string index methods huge (expectations from Node 20).
// expect: hello
// expect: hello
// expect: undefined
// expect: 
// expect: undefined
// expect: 2
// expect: 3
// expect: true
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const s = 'hello'
t(() => s.slice(-1e308, 1e308))
t(() => s.substring(Infinity, -Infinity))
t(() => s.at(1e308))
t(() => s.charAt(-1e308))
t(() => s.codePointAt(2 ** 1023))
t(() => s.indexOf('l', -Infinity))
t(() => s.lastIndexOf('l', 1e308))
t(() => s.startsWith('h', -1e308))
