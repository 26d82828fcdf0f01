function point({ x, y }: { x: number; y: number }): string {
  return `${x},${y}`;
}
function first([a, b]: [number, number] = [9, 8]): number {
  return a - b;
}
const { p, q = 5 }: { p: number; q?: number } = { p: 1 };
console.log(point({ x: 1, y: 2 }), first(), first([3, 1]), p, q);
