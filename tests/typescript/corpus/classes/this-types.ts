class Builder {
  parts: string[] = [];
  add(p: string): this { this.parts.push(p); return this; }
  isBuilder(): this is Builder { return true; }
}
class Fancy extends Builder { shout(): this { this.parts.push("!"); return this; } }
console.log(new Fancy().add("a").shout().add("b").parts.join(""));
