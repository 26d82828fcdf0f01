// legacy parameter decorators (target, key, index), with the member's, bottom-up
const log = [];
function p(tag) { return function (target, key, index) { log.push("param " + tag + " " + String(key) + " " + index + " " + (typeof target)); }; }
function m(tag) { return function (target, key, desc) { log.push("method " + tag + " " + key); }; }
function c(tag) { return function (ctor) { log.push("class " + tag + " " + ctor.name); }; }
@c("class")
class Service {
  constructor(@p("ctor0") a, @p("ctor1a") @p("ctor1b") b) { this.a = a; }
  @m("run") run(@p("run0") x, y, @p("run2") z) { return x; }
  @m("st") static st(@p("st0") q) {}
}
console.log(log.join(" | "));
console.log(new Service(1, 2).a, new Service(1, 2).run(9));
