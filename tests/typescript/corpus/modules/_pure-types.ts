export type Only = { a: number };
export interface Also { b: string }
export type { Only as Renamed };
