function parse(x: string): number;
function parse(x: number): string;
function parse(x: any): any {
  return typeof x === "string" ? Number(x) : String(x);
}
class Fmt {
  format(v: number): string;
  format(v: string): string;
  format(v: any) { return "<" + v + ">"; }
  static make(): Fmt;
  static make(x?: number): Fmt { return new Fmt(); }
}
console.log(parse("5") + 1, parse(5) + 1, Fmt.make().format(3));
console.log(Object.getOwnPropertyNames(Fmt.prototype));
