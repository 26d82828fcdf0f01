// a proxy whose target is a proxy, 30000 deep: [[Get]] forwards down the chain
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let p = { x: 1 };
for (let i = 0; i < 30000; i++) p = new Proxy(p, {});
report(() => p.x);
report(() => p.y);
console.log(typeof p);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: object
