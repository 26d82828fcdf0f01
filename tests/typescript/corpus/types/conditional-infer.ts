type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type Ret<F> = F extends (...args: any[]) => infer R ? R : never;
type Unwrap<P> = P extends Promise<infer V extends string> ? V : P;
type IsStr<T> = T extends string ? true : false;
type Deep<T> = T extends [infer H, ...infer Rest] ? [H, ...Deep<Rest>] : [];
const e: ElementOf<number[]> = 5;
const r: Ret<() => string> = "ret";
const flag: IsStr<"x"> = true;
console.log(e, r, flag);
