declare enum Ambient { A, B }
declare const enum AmbientConst { X = 1 }
const v = AmbientConst.X;
console.log(v, typeof (globalThis as any).Ambient);
enum Real { A = v + 1 }
console.log(Real.A);
