const square = (n: number): number => n * n;
const join = (xs: string[], sep: string = ","): string => xs.join(sep);
const obj = (v: number): { v: number } => ({ v });
const asyncOne = async (): Promise<number> => 1;
console.log(square(7), join(["a", "b"]), obj(4).v);
asyncOne().then((v: number) => console.log("async", v));
