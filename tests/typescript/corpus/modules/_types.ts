console.log("side effect: _types.ts evaluated");
export interface Point { x: number; y: number }
export type Id = string | number;
export const origin: Point = { x: 0, y: 0 };
