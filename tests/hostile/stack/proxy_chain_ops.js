// a 30000 deep chain of proxies: set, has, delete, keys, prototype, define, describe, extensible
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let p = {};
for (let i = 0; i < 30000; i++) p = new Proxy(p, {});
report(() => { p.x = 1; });
report(() => 'x' in p);
report(() => delete p.x);
report(() => Object.keys(p));
report(() => Object.getPrototypeOf(p));
report(() => Object.setPrototypeOf(p, null));
report(() => Object.defineProperty(p, 'y', { value: 1 }));
report(() => Object.getOwnPropertyDescriptor(p, 'y'));
report(() => Object.isExtensible(p));
report(() => Object.preventExtensions(p));
console.log('done');

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: done
