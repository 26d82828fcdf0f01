// class field initializers and constructors constructing the class again
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
class A { x = new A(); }
report(() => new A());
class B { constructor() { Reflect.construct(B, []); } }
report(() => new B());
class C { static make() { return [1].map(() => new C())[0]; } constructor() { C.make(); } }
report(() => new C());
console.log(new (class { y = 1; })().y);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1
