// a proxy whose handler is a proxy whose handler is ...: the trap lookup nests
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let h = {};
for (let i = 0; i < 100000; i++) h = new Proxy({}, h);
const p = new Proxy({}, h);
report(() => p.x);
console.log('done');

// expect: RangeError Maximum call stack size exceeded
// expect: done
