// Numbers at the edges of the double range and conversions of huge integers: date parse long numbers (expectations from Node 20).
// expect: NaN
// expect: NaN
// expect: 1577836800999
// expect: NaN
// expect: NaN
function t(f) { try { console.log(String(f())) } catch (e) { console.log(e.name + ': ' + e.message) } }
const big = '9'.repeat(5000)
t(() => Date.parse('Jan 1 ' + big))
t(() => Date.parse(big))
t(() => Date.parse('2020-01-01T00:00:00.' + big + 'Z'))
t(() => new Date('Jan ' + big + ' 2020').getTime())
t(() => Date.parse('Jan 1 ' + '9'.repeat(300)))
