export interface Public { p: number }
export type Alias = Public[];
export declare const ambient: number;
export const real = 1;
import("./export-declarations.ts").then((mod) => console.log(Object.keys(mod)));
