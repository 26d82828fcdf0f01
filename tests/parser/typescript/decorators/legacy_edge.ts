// legacy: Reflect.decorate (reflect-metadata's hook), falsy decorators, symbol keys
const sym = Symbol("s");
const log = [];
function d(target, key, desc) { log.push("d " + String(key) + " " + (desc === undefined ? "no descriptor" : typeof desc)); }
class S {
  @d [sym]() {}
  @d static [Symbol.iterator]() {}
  @d 42() {}
  @d "quoted key" = 1;
}
console.log(log.join(" | "));
Reflect.decorate = function (decorators, target, key, desc) {
  console.log("Reflect.decorate", arguments.length, decorators.length, typeof target, String(key), desc === undefined ? "undefined" : desc === null ? "null" : typeof desc);
  return key === undefined ? target : desc;
};
class R { @d m() {} @d p = 1; }
@d class RC {}
delete Reflect.decorate;
console.log(typeof R.prototype.m, RC.name);
