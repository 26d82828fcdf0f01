class User {
  constructor(public name: string, private age: number, readonly id = 7, protected tag?: string) {}
  info() { return `${this.name}/${this.age}/${this.id}/${this.tag}`; }
}
const u = new User("bo", 30);
console.log(u.info(), Object.keys(u));
console.log(JSON.stringify(new User("cy", 1, 2, "t")));
