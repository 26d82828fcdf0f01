class Base {
  set value(v: number) { console.log("setter called with", v); }
}
class Child extends Base {
  value = 5;
}
const c = new Child();
console.log(Object.keys(c), Object.getOwnPropertyDescriptor(c, "value") !== undefined);
