// Numbers at the edges of the double range and conversions of huge integers: string to number hex (expectations from Node 20).
// expect: Infinity
// expect: Infinity
// expect: Infinity
// expect: true
// expect: true
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => +('0x' + 'f'.repeat(300)))
t(() => Number('0b' + '1'.repeat(2000)))
t(() => Number('0o' + '7'.repeat(2000)))
t(() => Number('  0x' + 'F'.repeat(256) + '  ') > 1e307)
t(() => '0x' + 'f'.repeat(300) == Infinity)
