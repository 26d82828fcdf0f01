type RO = readonly string[];
type Keys = keyof { a: 1; b: 2 };
type U = unique symbol;
function first(xs: readonly number[]): number { return xs[0]; }
const arr: ReadonlyArray<number> = [9, 8];
const frozen: readonly [number, string] = [1, "x"];
console.log(first(arr), frozen[1]);
