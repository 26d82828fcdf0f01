// private members: context.private, context.access {get, set, has}, replacements
const accesses = {};
function remember(value, context) {
  accesses[context.name] = context.access;
  console.log(context.kind, context.name, context.private, context.static, Object.keys(context.access).join(","));
  if (context.kind === "method") return function () { return "decorated " + value.call(this); };
}
class P {
  @remember #m() { return "m"; }
  @remember #f = 1;
  @remember get #g() { return "g"; }
  @remember set #s(v) { this.last = v; }
  @remember accessor #acc = 7;
  @remember static #sm() { return "sm"; }
  @remember static #sf = 2;
  call() { return this.#m(); }
  acc() { return this.#acc; }
  static callStatic() { return P.#sm(); }
}
const p = new P();
console.log(p.call(), P.callStatic(), p.acc());
console.log(accesses["#f"].get(p), accesses["#f"].has(p), accesses["#f"].has({}));
accesses["#f"].set(p, 42);
console.log(accesses["#f"].get(p), accesses["#g"].get(p), accesses["#m"].get(p).call(p));
accesses["#s"].set(p, "S");
accesses["#acc"].set(p, 8);
console.log(p.last, accesses["#acc"].get(p), p.acc(), accesses["#sf"].get(P), accesses["#sm"].has(P));
try { accesses["#f"].get({}); } catch (e) { console.log(e.name); }
