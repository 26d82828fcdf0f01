// generators delegating to themselves with yield*, and resumed from inside themselves
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
function* g() { yield* g(); }
report(() => [...g()]);
function* h() { yield 1; }
report(function f() { for (const x of h()) f(); });
console.log([...h()].join());

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1
