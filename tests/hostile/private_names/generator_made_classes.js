// Classes made in a generator, whose frame (and cells) survive between yields: each
// yielded class has private names of its own.
function* classes() {
  for (let i = 0; ; i++) {
    yield class { #id = i; static id(o) { return o.#id } static is(o) { return #id in o } };
  }
}
var g = classes();
var A = g.next().value, B = g.next().value, C = g.next().value;
var a = new A(), b = new B(), c = new C();
console.log(A.id(a), B.id(b), C.id(c), A.is(b), B.is(c), C.is(a), C.is(c));
try { A.id(c) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: 0 1 2 false false false true
// expect: TypeError: Cannot read private member #id from an object whose class did not declare it
