class Opt {
  a?: number;
  b?: string = "set";
  m?(): void;
  c!: boolean;
}
const o = new Opt();
console.log(Object.keys(o), "a" in o, o.b, "m" in o, o.c);
