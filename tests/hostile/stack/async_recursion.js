// an async function awaiting itself 100000 deep: the synchronous part nests
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
async function f(n) { if (n > 0) await f(n - 1); return n; }
f(100000).then(v => console.log('value', v), e => console.log(e.name, e.message));
async function g(n) { if (n > 0) await g(n - 1); return n; }
g(100).then(v => console.log('small', v));

// expect: small 100
// expect: RangeError Maximum call stack size exceeded
