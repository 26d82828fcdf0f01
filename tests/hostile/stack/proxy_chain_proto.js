// a proxy at the end of a long prototype chain, itself a chain of proxies
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let p = { x: 1 };
for (let i = 0; i < 20000; i++) p = new Proxy(p, {});
let o = p;
for (let i = 0; i < 20000; i++) o = Object.create(o);
report(() => o.x);
report(() => 'x' in o);
report(() => { o.y = 1; });
console.log('done');

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: done
