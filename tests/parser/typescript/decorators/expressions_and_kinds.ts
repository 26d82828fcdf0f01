// decorator expressions (member chains, calls, parenthesized), async and generator
// methods, a getter/setter pair, `this` around a decorated class
const lib = {
  deco: { mark(tag) { return (v, c) => { console.log("mark", tag, c.kind, String(c.name)); }; } },
  plain(v, c) { console.log("plain", c.kind, String(c.name), this === lib); },
};
const flag = true;
function timesTwo(value, context) {
  if (context.kind === "getter") return function () { return value.call(this) * 2; };
  if (context.kind === "setter") return function (v) { value.call(this, v + 1); };
  return undefined;
}
function wrapAsync(value, context) {
  return async function (...args) { const r = await value.apply(this, args); return "wrapped " + r; };
}
function wrapGen(value, context) {
  return function* () { yield "first"; yield* value.call(this); };
}
class K {
  #v = 1;
  @lib.deco.mark("chain") a() {}
  @lib.plain b = 1;
  @(flag ? lib.plain : null) c() {}
  @timesTwo get v() { return this.#v; }
  @timesTwo set v(x) { this.#v = x; }
  @wrapAsync async load(x) { return x * 3; }
  @wrapGen *items() { yield 1; yield 2; }
}
const k = new K();
k.v = 4;
console.log(k.v, [...k.items()].join(","));
k.load(5).then(r => console.log(r));
const outer = {
  make() {
    return class { @((v, c) => { console.log("this is outer", this === outer); }) m() {} };
  },
};
outer.make();
@lib.plain class Bound { @(lib.plain) static s() {} }
