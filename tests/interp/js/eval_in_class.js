// direct eval inside class bodies: private names, super in field initializers, the
// arguments early error of 19.2.1.1; parameters see the arguments object
class C {
  #m = 44;
  v = eval('this.#m');
  static #s() { return 's'; }
  static t() { return eval('C.#s()'); }
  has(o) { return eval('#m in o'); }
}
const c = new C();
console.log(c.v, C.t(), c.has(c), c.has({}));
// expect: 44 s true false
try { eval('this.#nope'); } catch (e) { console.log(e.name); }
// expect: SyntaxError
class A { get x() { return 'ax'; } }
class B extends A { y = eval('super.x'); z = eval('() => super.x'); }
const b = new B();
console.log(b.y, b.z());
// expect: ax ax
const names = [];
for (const src of ['x = eval("arguments")', 'x = () => eval("arguments")']) {
  try { new (eval('(class { ' + src + ' })'))().x(); } catch (e) { names.push(e.name); }
}
console.log(names.join());
// expect: SyntaxError,SyntaxError
class M { method(x = arguments[2], y = arguments.length) { return [x, y]; } }
console.log(M.prototype.method(undefined, undefined, 'third'));
// expect: [ 'third', 3 ]
function t(pre) {
  var x = 0;
  var scope = { get x() { delete this.x; return 2; } };
  with (scope) { pre ? ++x : x++; }
  return [scope.x, x];
}
console.log(t(false), t(true));
// expect: [ 3, 0 ] [ 3, 0 ]
