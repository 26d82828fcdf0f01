type Readonlyish<T> = { readonly [K in keyof T]: T[K] };
type Optional<T> = { [K in keyof T]+?: T[K] };
type Mutable<T> = { -readonly [K in keyof T]-?: T[K] };
type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
const g: Getters<{ name: string }> = { getName: () => "mapped" };
const r: Readonlyish<{ a: number }> = { a: 1 };
console.log(g.getName(), r.a);
