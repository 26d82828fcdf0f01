// a 30000 long prototype chain of ordinary objects: get, set, has, instanceof, isPrototypeOf, in, for-in walk it in loops
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const root = { x: 1 };
let o = root;
for (let i = 0; i < 30000; i++) o = Object.create(o);
console.log(o.x, o.nope);
console.log('x' in o, 'nope' in o);
o.y = 2;
console.log(o.y, Object.keys(o).length);
console.log(o instanceof Object);
console.log(root.isPrototypeOf(o), Object.prototype.isPrototypeOf(o));
console.log(Reflect.has(o, 'x'), Reflect.get(o, 'x'));
console.log(Reflect.set(o, 'x', 3), o.x, root.x);

// expect: 1 undefined
// expect: true false
// expect: 2 1
// expect: true
// expect: true true
// expect: true 1
// expect: true 3 1
