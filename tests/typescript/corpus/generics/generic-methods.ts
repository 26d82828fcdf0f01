const util = {
  twice<T>(x: T): [T, T] { return [x, x]; },
  async later<T>(x: T): Promise<T> { return x; },
  *each<T>(xs: T[]): Generator<T> { yield* xs; },
};
class K { static of<U>(u: U) { return [u]; } }
console.log(util.twice<number>(2), [...util.each(["a", "b"])], K.of<boolean>(true));
util.later<string>("done").then(console.log);
