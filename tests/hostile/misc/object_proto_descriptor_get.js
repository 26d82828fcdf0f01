// Inherited "get"/"set"/"value" on Object.prototype affect property descriptors.
Object.defineProperty(Object.prototype, 'get', { value: function () { return 'from proto get'; }, configurable: true, writable: true });
const o = {};
try {
  Object.defineProperty(o, 'x', {});
  const d = Object.getOwnPropertyDescriptor(o, 'x');
  console.log(typeof d.get, 'value' in d, o.x);
} catch (e) { console.log('threw', e.name); }
try {
  Object.defineProperty(o, 'y', { value: 1 });
} catch (e) { console.log('value with inherited get:', e.name); }
delete Object.prototype.get;
Object.prototype.enumerable = true;
const p = {};
Object.defineProperty(p, 'z', { value: 3 });
console.log(Object.keys(p).join(), Object.getOwnPropertyDescriptor(p, 'z').enumerable);
delete Object.prototype.enumerable;
Object.prototype.writable = true;
const q = Object.defineProperties({}, { w: { value: 1 } });
q.w = 2;
console.log(q.w);
delete Object.prototype.writable;
Object.prototype.configurable = true;
const r = Object.create(null, { c: { value: 1 } });
console.log(delete r.c, 'c' in r);
delete Object.prototype.configurable;
console.log(Object.getOwnPropertyNames(Object.prototype).includes('get'));
// expect: function false from proto get
// expect: value with inherited get: TypeError
// expect: z true
// expect: 2
// expect: true false
// expect: false
