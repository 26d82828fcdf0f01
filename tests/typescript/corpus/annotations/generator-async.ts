function* range(n: number): Generator<number, void, unknown> {
  for (let i = 0; i < n; i++) yield i;
}
async function total(xs: Iterable<number>): Promise<number> {
  let s: number = 0;
  for (const x of xs) s += await Promise.resolve(x);
  return s;
}
console.log([...range(4)]);
total(range(5)).then((t: number): void => console.log("total", t));
