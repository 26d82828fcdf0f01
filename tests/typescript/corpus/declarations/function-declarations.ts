declare function ambient(): number;
export declare function exportedAmbient(a: string): string;
function overloaded(): void;
function overloaded(x?: number): void { console.log("impl", x ?? "no arg"); }
export function exportedOverload(x: string): string;
export function exportedOverload(x: any) { return "x=" + x; }
overloaded(); overloaded(2);
console.log(exportedOverload("y"), typeof ambient === "undefined");
