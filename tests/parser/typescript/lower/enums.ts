enum Color { Red, Green = 5, Blue }
enum Color { Alpha = 10, Beta }
enum Bits { None = 0, A = 1 << 0, B = 1 << 1, AB = A | B, Not = ~A, Shr = -16 >> 2, Ushr = -1 >>> 28 }
enum Str { X = 'x', Y = `y${'z'}`, Z = X + Y, N = 'n' + 1.5 }
enum Computed { Len = 'abc'.length, After = Len + 1, Other = Color.Blue * 2, Ref = Bits.AB }
enum Fold { Div = 1 / 0, Neg = -Div, Mod = 7 % -3, Pow = 2 ** 10, Frac = 1 / 4, Big = 1e21 }
enum Quoted { 'a b' = 1, "c" = 2 }
const enum Dir { Up = 1, Down, Left = Up * 10, Name = 'n' }
export const enum Shared { One = 1 }
console.log(JSON.stringify(Color), Color[6], Color.Beta);
console.log(JSON.stringify(Bits));
console.log(JSON.stringify(Str));
console.log(JSON.stringify(Computed));
console.log(JSON.stringify(Fold), Fold[Infinity], Fold.Neg);
console.log(JSON.stringify(Quoted), Quoted['a b']);
console.log(Dir.Up, Dir.Down, Dir['Left'], Dir.Name, Shared.One);
function inner() {
  enum Local { P = 3, Q }
  return Local.Q + Local[3];
}
console.log(inner());
export enum Exported { E1 = 'e1' }
console.log(Exported.E1);
