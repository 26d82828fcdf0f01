// Nested classes: an inner class evaluated on each call of an outer method gets new
// private names each time; it can still reach the outer class's names, and an inner
// declaration of the same name shadows the outer one.
class Outer {
  #secret = 'outer';
  #outerOnly = 'outer only';
  makeInner() {
    const outer = this;
    return class Inner {
      #secret = 'inner';
      #own = 1;
      static outerSecret() { return outer.#outerOnly }
      static shadowed() { try { return outer.#secret } catch (e) { return e.name } }
      static innerSecret(o) { return o.#secret }
      static hasOwn(o) { return #own in o }
    };
  }
}
var out = new Outer();
var I1 = out.makeInner(), I2 = out.makeInner();
var i1 = new I1(), i2 = new I2();
console.log(I1.outerSecret(), I1.shadowed(), I1.innerSecret(i1), I2.innerSecret(i2));
console.log(I1.hasOwn(i1), I1.hasOwn(i2), I2.hasOwn(i1), I2.hasOwn(i2));
try { I1.innerSecret(out) } catch (e) { console.log(e.name + ': ' + e.message) }
try { I2.innerSecret(i1) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: outer only TypeError inner inner
// expect: true false false true
// expect: TypeError: Cannot read private member #secret from an object whose class did not declare it
// expect: TypeError: Cannot read private member #secret from an object whose class did not declare it
