// the order decorator expressions are evaluated and applied in
const log = [];
function d(name) {
  log.push("evaluate " + name);
  return function (value, context) {
    log.push("apply " + name + " to " + context.kind + " " + String(context.name));
    context.addInitializer(function () { log.push("initializer " + name); });
  };
}
function key(name) { log.push("key " + name); return name; }
@d("class 1") @d("class 2")
class O {
  @d("a1") @d("a2") a = log.push("field a");
  @d("m") m() {}
  @d("sm") static sm() {}
  @d("sf") static sf = log.push("static field sf");
  static { log.push("static block"); }
  [key("k1")]() {}
  @d("k2") [key("k2")] = 2;
  @d("acc") accessor acc = log.push("accessor acc");
  @d("sacc") static accessor sacc = 1;
  @d("g") get g() { return 1; }
  @d("after") after() {}
  constructor() { log.push("constructor"); }
}
log.push("defined");
new O();
for (const line of log) console.log(line);
