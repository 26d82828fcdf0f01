// Register reuse: `this.#x++` keeps the old value in a temporary; the bindings declared
// after it in the same method (captured this, a nested class's private names, a field
// key) must not get that register.
class P {
  #x = 1;
  #big = 5n;
  bump() { this.#x++; return [1].map(() => this)[0] === this }
  bumpBig() { this.#big--; return typeof (() => this)() }
  inner() {
    this.#x--;
    class Q { #y = 'y'; static get(q) { return q.#y } }
    return Q.get(new Q())
  }
  key() {
    this.#big++;
    var k = 'k';
    class R { [k] = 2 }
    return JSON.stringify(new R())
  }
  state() { return this.#x + ' ' + this.#big }
}
var p = new P();
for (var i = 0; i < 2; i++) {
  console.log(p.bump(), p.bumpBig(), p.inner(), p.key(), p.state());
}
console.log(5n + 0n, typeof 5n);

// expect: true object y {"k":2} 1 5
// expect: true object y {"k":2} 1 5
// expect: 5n bigint
