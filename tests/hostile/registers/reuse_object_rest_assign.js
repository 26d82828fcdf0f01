// Register reuse: an object rest assignment keeps its key list in a temporary (`var n2, rest2; ({n: n2, ...rest2} = c)`); the bindings declared after it
// (captured this, new.target, arguments, private names, field keys, ...) must
// get their own registers, not the freed temporary.

var c = {n: 1, b: 10n, never: false};
function show(label, f) {
  try { console.log(label, f()) } catch (e) { console.log(label, 'threw', e.name, e.message) }
}
// `this` captured by an arrow, declared after the temporary was freed
var o = { m() { var n2, rest2; ({n: n2, ...rest2} = c); return [1].map(() => this)[0] === o } };
// new.target captured by an arrow
function NT() { var n2, rest2; ({n: n2, ...rest2} = c); return (() => new.target)() }
// `this` of a derived constructor, captured by an arrow
class A { constructor() { this.base = 'A' } hello() { return 'hello' } }
class B extends A { constructor() { var n2, rest2; ({n: n2, ...rest2} = c); super(); this.self = (() => this)() } }
// arguments captured by an arrow
function args(a) { var n2, rest2; ({n: n2, ...rest2} = c); return (() => arguments[0] + arguments.length)() }
// a class's private names, bound after the temporary was freed
function priv() { var n2, rest2; ({n: n2, ...rest2} = c); class K { #p = 7; static get(x) { return x.#p } } return K.get(new K()) }
// a computed field key
function fieldKey() { var n2, rest2; ({n: n2, ...rest2} = c); var k = 'key' + c.n; class K { [k] = 1 } return Object.keys(new K()).join() }
// super property access from an arrow
class S extends A { m() { var n2, rest2; ({n: n2, ...rest2} = c); return (() => super.hello())() } }
// the inner name of a class, captured by its methods
function named() { var n2, rest2; ({n: n2, ...rest2} = c); class Named { static self() { return Named } } return Named.self() === Named }
// a catch parameter captured by a closure
function caught() { var n2, rest2; ({n: n2, ...rest2} = c); try { throw 5 } catch (e) { return (() => e)() } }
// block bindings captured in a loop
function loop() {
  var fs = [];
  for (let i = 0; i < 3; i++) { var n2, rest2; ({n: n2, ...rest2} = c); { let v = i * 2; fs.push(() => v) } }
  return fs.map(f => f()).join()
}
for (var round = 0; round < 2; round++) {
  show('this', () => o.m());
  var t = (function () { var n2, rest2; ({n: n2, ...rest2} = c); return (() => this)() }).call({tag: 'T'});
  show('this tag', () => typeof t + ' ' + t.tag + ' ' + String(t === undefined));
  show('new.target', () => [NT() === undefined, new NT() === NT, Reflect.construct(NT, []) === NT].join());
  show('derived', () => { var b = new B(); return [b instanceof B, b.self === b, b.base].join() });
  show('arguments', () => args(40));
  show('private', priv);
  show('field key', fieldKey);
  show('super', () => new S().m());
  show('named', named);
  show('catch', caught);
  show('loop', loop);
  show('state', () => [typeof c.n, typeof c.b, String(c.b > 0n), 10n + 1n].join());
}

// expect: this true
// expect: this tag object T false
// expect: new.target true,true,true
// expect: derived true,true,A
// expect: arguments 41
// expect: private 7
// expect: field key key1
// expect: super hello
// expect: named true
// expect: catch 5
// expect: loop 0,2,4
// expect: state number,bigint,true,11
// expect: this true
// expect: this tag object T false
// expect: new.target true,true,true
// expect: derived true,true,A
// expect: arguments 41
// expect: private 7
// expect: field key key1
// expect: super hello
// expect: named true
// expect: catch 5
// expect: loop 0,2,4
// expect: state number,bigint,true,11
