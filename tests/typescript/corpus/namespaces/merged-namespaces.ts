namespace Store {
  export const a = 1;
  const privateA = "pa";
  export function getA() { return privateA; }
}
namespace Store {
  export const b = a + 1;
  export function both() { return [a, b]; }
}
console.log(Store.both(), Store.getA(), Object.keys(Store).sort());
