// legacy evaluation and application order: instance members, static members, class
const log = [];
function d(name) {
  log.push("evaluate " + name);
  return function (...args) { log.push("apply " + name + " " + args.length + " " + String(args[1])); };
}
@d("class1") @d("class2")
class K {
  @d("s1") static s1() {}
  @d("i1a") @d("i1b") i1() {}
  @d("f1") f1 = 1;
  @d("s2") static s2 = 2;
  @d("i2") get i2() { return 1; }
  @d("i3") set i3(v) {}
}
for (const line of log) console.log(line);
const E = class { @d("expr member") m() {} };
console.log(typeof E.prototype.m, E.name);
function outer() {
  @d("nested") class N { @d("nested member") m() {} }
  return N;
}
console.log(outer().name, log.slice(-4).join(" | "));
