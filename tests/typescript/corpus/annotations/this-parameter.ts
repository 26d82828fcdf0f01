function whoAmI(this: { name: string }, suffix: string): string {
  return this.name + suffix;
}
const o = { name: "box", whoAmI };
console.log(o.whoAmI("!"));
console.log(whoAmI.length);
console.log(whoAmI.call({ name: "call" }, "?"));
