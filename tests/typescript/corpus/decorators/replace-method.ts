function memo(fn: (n: number) => number, ctx: ClassMethodDecoratorContext) {
  const cache = new Map<number, number>();
  return function (this: any, n: number) {
    if (!cache.has(n)) cache.set(n, fn.call(this, n));
    return cache.get(n)!;
  };
}
let calls = 0;
class Fib {
  @memo fib(n: number): number { calls++; return n < 2 ? n : this.fib(n - 1) + this.fib(n - 2); }
}
console.log(new Fib().fib(30), calls);
