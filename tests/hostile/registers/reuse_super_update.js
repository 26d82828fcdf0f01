// Register reuse: `super.x++` and `super[k] += v` keep the reference (this, home, key,
// old value) in temporaries; bindings declared after them must get registers of their own.
class A { constructor() { this.own = true } }
A.prototype.count = 10;
A.prototype.big = 1n;
class B extends A {
  constructor() {
    super();
    super.count++;
    super['big']++;
    var f = () => this;
    this.ok = f() === this;
  }
  m() {
    super.count++;
    var g = () => [this, new.target];
    return g()[0] === this && g()[1] === undefined;
  }
  n() {
    super['big']--;
    class Inner { #z = 3; static z(o) { return o.#z } }
    return Inner.z(new Inner());
  }
}
for (var i = 0; i < 2; i++) {
  var b = new B();
  console.log(b.ok, b.m(), b.n(), b.count, String(b.big), typeof b.big);
}

// expect: true true 3 11 0 bigint
// expect: true true 3 11 0 bigint
