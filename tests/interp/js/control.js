// if/loops/labels/switch/try-finally completion (14)
var out = [];
outer: for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
    out.push(a + ':' + b);
  }
}
console.log(out.join(' '));
// expect: 0:0 1:0
function sw(x) {
  switch (x) {
    case 1: return 'one';
    case '1': return 'string one';
    default: return 'other';
    case 2: return 'two';
  }
}
console.log(sw(1), sw('1'), sw(2), sw(3));
// expect: one string one two other
function fin() {
  try { return 'try' } finally { console.log('finally runs') }
}
console.log(fin());
// expect: finally runs
// expect: try
function override() { try { throw 1 } catch (e) { return 'catch' } finally { return 'finally' } }
console.log(override());
// expect: finally
var k = 0; do { k++ } while (k < 5); console.log(k);
// expect: 5
var keys = []; for (var p in { a: 1, b: 2, 1: 3 }) keys.push(p); console.log(keys.join());
// expect: 1,a,b
var vals = []; for (const v of [10, 20]) vals.push(v); console.log(vals.join());
// expect: 10,20
try { null.x } catch ({ name, message }) { console.log(name) }
// expect: TypeError
lbl: { console.log('in block'); break lbl; }
// expect: in block
console.log(eval('1; if (true) { 2; } else { 3; }'), eval('do { 4; break; } while (false)'));
// expect: 2 4
