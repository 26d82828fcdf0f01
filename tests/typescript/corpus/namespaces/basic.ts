namespace Geometry {
  export const PI2 = Math.PI * 2;
  export function circumference(r: number) { return PI2 * r; }
  const hidden = "no";
  export let counter = 0;
  export function bump() { counter++; return hidden; }
}
console.log(Geometry.circumference(1).toFixed(3), Geometry.bump(), Geometry.counter);
console.log(Object.keys(Geometry).sort());
