export { answer, double, type Shape } from "./_values.ts";
export type { Point } from "./_types.ts";
export * as values from "./_values.ts";
