// classes: fields, private names, accessors, static blocks, super, new.target (15.7)
class A {
  #secret = 1;
  static count = 0;
  pub = this.#secret + 1;
  static { A.count = 10; }
  constructor(v) { this.v = v; A.count++; }
  get secret() { return this.#secret }
  #priv() { return 'private method' }
  callPriv() { return this.#priv() }
  static has(o) { return #secret in o }
  toString() { return 'A(' + this.v + ')' }
}
class B extends A {
  constructor() { super('b'); this.kind = new.target.name; }
  toString() { return 'B:' + super.toString() }
}
const b = new B();
console.log('' + b, b.secret, b.pub, b.callPriv(), A.has(b), A.has({}), A.count, b.kind);
// expect: B:A(b) 1 2 private method true false 11 B
try { A() } catch (e) { console.log(e.name) }
// expect: TypeError
class C extends B { constructor() { try { this.x = 1 } catch (e) { console.log(e.name); super() } } }
new C();
// expect: ReferenceError
try { A.prototype.callPriv.call({}) } catch (e) { console.log(e.name) }
// expect: TypeError
const anon = class {}; console.log(anon.name, typeof class {});
// expect: anon function
class Acc { static #n = 5; static get n() { return Acc.#n } static set n(v) { Acc.#n = v } }
Acc.n = 7; console.log(Acc.n);
// expect: 7
