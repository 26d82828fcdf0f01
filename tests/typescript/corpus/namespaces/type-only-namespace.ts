namespace Types {
  export interface Shape { area(): number }
  export type Id = string;
}
namespace Empty {}
const s: Types.Shape = { area: () => 2 };
console.log(s.area(), typeof (globalThis as any).Types);
let T = "not shadowed";
console.log(T);
