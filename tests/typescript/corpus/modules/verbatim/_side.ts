console.log("side effect: _side.ts evaluated");
export const value = 1;
export type T = number;
