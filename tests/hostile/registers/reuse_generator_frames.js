// Register reuse in generators and async functions, whose registers live across
// suspensions: a freed temporary given to a captured binding would be overwritten
// after the resume.
var c = {n: 0, b: 0n};
function* gen() {
  c.n++;
  yield 1;
  var self = () => this;
  c.b++;
  yield self() === obj;
  var {n, ...rest} = c;
  class K { #k = n; static k(o) { return o.#k } }
  yield K.k(new K());
}
var obj = {gen};
console.log([...obj.gen()].join());
async function af() {
  c.n++;
  await null;
  var self = () => this;
  c.b--;
  await null;
  return self() === obj2;
}
var obj2 = {af};
obj2.af().then(v => console.log('async', v, c.n, String(c.b)));

// expect: 1,true,1
// expect: async true 2 0
