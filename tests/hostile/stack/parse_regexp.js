// a regular expression with 100000 nested groups
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const n = 100000;
function name(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name); } }
name(() => new RegExp('('.repeat(n) + ')'.repeat(n)));
name(() => new RegExp('[' + '\\['.repeat(n) + ']'));
console.log(/((a))/.exec('a')[2]);

// expect: SyntaxError
// expect: no error
// expect: a
