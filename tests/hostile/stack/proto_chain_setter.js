// a setter and a non-writable property at the end of a 30000 long chain
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
'use strict';
const root = {};
Object.defineProperty(root, 'ro', { value: 1, writable: false });
let seen = 0;
Object.defineProperty(root, 's', { set(v) { seen = v; } });
let o = root;
for (let i = 0; i < 30000; i++) o = Object.create(o);
o.s = 9;
console.log(seen);
try { o.ro = 2; } catch (e) { console.log(e.name); }
console.log(o.ro);

// expect: 9
// expect: 1
