export enum Shade { Light, Dark }
export function shadeName(s: Shade): string { return Shade[s]; }
