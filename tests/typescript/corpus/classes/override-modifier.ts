class Animal {
  speak() { return "..."; }
  get kind() { return "animal"; }
}
class Dog extends Animal {
  override speak() { return "woof"; }
  override get kind() { return "dog"; }
  public override toString() { return this.kind + " says " + this.speak(); }
}
console.log(String(new Dog()));
