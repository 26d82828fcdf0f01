// a 30000 deep chain of proxies of a function: typeof and call walk the chain in a loop, as V8 does; new reads prototype through it
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let p = function (a) { this.a = a; return 'called ' + a; };
for (let i = 0; i < 30000; i++) p = new Proxy(p, {});
console.log(typeof p);
console.log(p(1));
report(() => new p(2));
report(() => p.name);

// expect: function
// expect: called 1
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
