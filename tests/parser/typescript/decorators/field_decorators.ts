// field decorators: initializer transforms (innermost first), addInitializer per instance
const log = [];
function plus(n) {
  return function (value, context) {
    log.push("decorate " + context.name + " +" + n + " " + value);
    context.addInitializer(function () { log.push("init " + context.name + " " + this[context.name]); });
    return function (initial) { log.push("transform " + context.name + " " + initial); return initial + n; };
  };
}
function nothing(value, context) { log.push("nothing " + String(context.name)); }
class F {
  @plus(1) @plus(10) a = 1;
  b = this.a * 100;
  @nothing c;
  @plus(5) static s = 1;
  @plus(2) ["computed" + "Key"] = 3;
  constructor() { log.push("ctor " + this.a + " " + this.b); }
}
const f = new F();
console.log(log.join(" | "));
console.log(f.a, f.b, f.c, F.s, f.computedKey, Object.keys(f).join(","));
class G extends F { @plus(100) g = 1; }
log.length = 0;
const g = new G();
console.log(g.g, log.join(" | "));
