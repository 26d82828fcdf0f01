class Base { value: number = 1; }
class Child extends Base {
  declare value: 1;
  declare static tag: string;
  other = 2;
}
const c = new Child();
console.log(c.value, Object.keys(c), Object.getOwnPropertyNames(Child).includes("tag"));
