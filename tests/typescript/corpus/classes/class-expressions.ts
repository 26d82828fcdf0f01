const K = class Named<T> implements Iterable<T> {
  constructor(private readonly xs: T[]) {}
  *[Symbol.iterator](): Iterator<T> { yield* this.xs; }
};
console.log([...new K([1, 2])], K.name);
