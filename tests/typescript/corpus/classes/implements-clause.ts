interface Named { name: string }
interface Greeter { greet(): string }
class Person implements Named, Greeter {
  name = "pat";
  greet() { return "hi " + this.name; }
}
class Student extends Person implements Greeter {}
console.log(new Student().greet(), new Person() instanceof Person);
