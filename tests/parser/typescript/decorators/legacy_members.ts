// legacy member decorators: (target, key, descriptor), a returned descriptor, properties
const log = [];
function readonly(target, key, descriptor) {
  log.push("readonly " + key + " " + (target === Obj.prototype) + " " + Object.keys(descriptor).join(","));
  descriptor.writable = false;
  return descriptor;
}
function enumerable(target, key, descriptor) { log.push("enumerable " + key); descriptor.enumerable = true; }
function prop(target, key, descriptor) { log.push("prop " + String(key) + " " + descriptor + " " + (target === Obj || target === Obj.prototype)); }
function replaceGetter(target, key, descriptor) {
  log.push("getter " + key + " " + typeof descriptor.get);
  return { get() { return "replaced"; }, configurable: true, enumerable: false };
}
class Obj {
  @prop name = "n";
  @readonly @enumerable method() { return 1; }
  @replaceGetter get value() { return "original"; }
  @readonly static sm() { return 2; }
  @prop static sp = 3;
  @prop ["com" + "puted"] = 4;
  @prop accessor auto = 5;
}
const o = new Obj();
console.log(log.join(" | "));
const d = Object.getOwnPropertyDescriptor(Obj.prototype, "method");
console.log(d.writable, d.enumerable, o.value, Obj.sm(), Obj.sp, o.name, o.computed, o.auto);
try { "use strict"; Obj.prototype.method = null; console.log("assigned"); } catch (e) { console.log(e.name); }
console.log(Object.keys(Obj.prototype).join(","));
