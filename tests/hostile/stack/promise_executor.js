// a Promise executor constructing a promise whose executor ... (synchronous nesting)
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let depth = 0;
function f() { const p = new Promise(() => { depth++; f(); }); p.catch(e => { if (depth) console.log('a level rejected:', e.name, e.message); depth = 0; }); return p; }
report(f);
console.log('sync done');

// expect: no error
// expect: sync done
// expect: a level rejected: RangeError Maximum call stack size exceeded
