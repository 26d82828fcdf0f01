// context.metadata where the realm has Symbol.metadata (a polyfill defines it): one
// object per class, inheriting from the superclass's, defined on the class
(Symbol as any).metadata ??= Symbol("Symbol.metadata");
function meta(key, value) {
  return function (_, context) { context.metadata[key] = value; };
}
@meta("kind", "base")
class Base { @meta("field", "x") x = 1; }
@meta("kind", "derived")
class Derived extends Base { @meta("method", "m") m() {} }
class Undecorated extends Derived {}
const bm = Base[Symbol.metadata], dm = Derived[Symbol.metadata];
console.log(JSON.stringify(bm), JSON.stringify(dm), dm.field, Object.getPrototypeOf(dm) === bm);
console.log(Object.getPrototypeOf(bm), Undecorated[Symbol.metadata] === dm);
const d = Object.getOwnPropertyDescriptor(Base, Symbol.metadata);
console.log(d.enumerable, d.configurable, d.writable);
