// getter/setter pairs (public and static private), a computed static accessor with `this`
function d(v: any, c: any) { console.log(c.kind, c.name, typeof v); }
class P { #x = 1; @d get x() { return this.#x; } @d set x(v) { this.#x = v; } @d static get #y() { return 2; } @d static set #y(v) {} static y() { return P.#y; } }
const p = new P(); p.x = 5; console.log(p.x, P.y());
@d class Q { @d static accessor [Symbol.for("k")] = this; }
console.log(Q[Symbol.for("k")] === Q);
