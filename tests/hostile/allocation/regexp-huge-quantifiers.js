// Allocations a script sizes: V8's RangeErrors instead of exhausting memory: regexp huge quantifiers (expectations from Node 20).
// expect: false
// expect: false
// expect: true
// expect: ["bc","b",null,"c"]
// expect: aaa
// expect: aaaa
// expect: c
// expect: false
// expect: false
// expect: true
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
t(() => new RegExp('((a{1000}){1000}){1000}').test('a'))
t(() => /a{1000000000}/.test('a'))
t(() => /x|a{1000000000}/.test('x'))
t(() => JSON.stringify(/(b)(a{1000000000})?(c)/.exec('bc')))
t(() => /a{0,4294967295}/.exec('aaa')[0])
t(() => /a{2,99999999999}/.exec('aaaa')[0])
t(() => /(?:a|(b)){600000000}|(c)/.exec('c')[2])
t(() => /\1(a){1000000000}/.test(''))
t(() => /[]{1000000000}/.test(''))
t(() => /(?:){1000000000}/.test(''))
