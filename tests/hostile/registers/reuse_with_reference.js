// Register reuse: inside `with`, an assignment or update of a name keeps the resolved
// reference (the object or nothing) in a temporary; later bindings must not reuse it.
var env = {x: 1, big: 2n};
function f() {
  with (env) { x++; big += 1n; x = x + 1; }
  return (() => this)();
}
function g() {
  with (env) { x--; }
  class K { #p = 'p'; static p(o) { return o.#p } }
  return K.p(new K());
}
function h() {
  with (env) { var {x: got, ...others} = env; x = got; }
  return [typeof (() => arguments)(), Object.keys(others).join()].join(' ');
}
function Ctor() {
  with (env) { big++; }
  this.nt = (() => new.target)() === Ctor;
}
for (var i = 0; i < 2; i++) {
  var t = f.call({tag: i});
  console.log(typeof t, t.tag, g(), h(), new Ctor().nt, env.x, String(env.big));
}

// expect: object 0 p object big true 2 4
// expect: object 1 p object big true 3 6
