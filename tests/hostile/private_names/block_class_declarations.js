// A class declaration in a loop body is evaluated on each iteration: closures that
// kept an earlier class see that class's private names.
var checkers = [];
var instances = [];
for (let i = 0; i < 3; i++) {
  class Tagged {
    #tag = 't' + i;
    static check(o) { return #tag in o ? o.#tag : 'foreign' }
  }
  checkers.push(Tagged.check);
  instances.push(new Tagged());
}
console.log(checkers.map(c => instances.map(c).join(',')).join(' / '));
var k = 0;
while (k < 2) {
  class W { static #n = k; static n() { return W.#n } }
  checkers.push(W.n);
  k++;
}
console.log(checkers[3](), checkers[4]());

// expect: t0,foreign,foreign / foreign,t1,foreign / foreign,foreign,t2
// expect: 0 1
