namespace Outer {
  export namespace Inner {
    export const deep = "deep";
    export namespace Core { export function f() { return deep + "!"; } }
  }
  export const shallow = Inner.deep.length;
}
console.log(Outer.Inner.deep, Outer.Inner.Core.f(), Outer.shallow);
