// after a stack overflow the same recursion reaches the same depth again (the budget is restored)
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
function depth() {
  let d = 0;
  const o = { valueOf() { d++; return +o; } };
  try { +o; } catch (e) {}
  return d;
}
const first = depth();
console.log(first > 100, depth() === first, depth() === first);
function inline(n) { return inline(n + 1); }
report(() => inline(0));
console.log(depth() === first);

// expect: true true true
// expect: RangeError Maximum call stack size exceeded
// expect: true
