function frames(): string[] {
  return new Error().stack!.split("\n").slice(1, 4)
    .map((l) => l.replace(/^.*?([\w.-]+\.ts:\d+:\d+)\)?$/, "$1"));
}
class Svc<T> {
  constructor(private readonly value: T, public tag: string = "t") {}
  run<U>(this: Svc<T>, u: U): string[] { return frames(); }
}
function outer<T>(x: T): string[] { return new Svc<T>(x).run<number>(1); }
console.log(outer<string>("v").join(" "));
