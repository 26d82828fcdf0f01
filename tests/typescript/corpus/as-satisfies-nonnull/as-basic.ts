const v: unknown = "text";
const len = (v as string).length;
const n = ("42" as any as number);
const arr = [1, 2, 3] as const;
console.log(len, n, arr.length, (v as string).toUpperCase());
