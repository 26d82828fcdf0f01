// A TypeScript program for bench/test_typescript_bench.py: run by reflow as .ts, and as
// the .js tsc makes of it. Shortest paths on a generated grid graph (a binary heap,
// classes with parameter properties, an enum, a namespace, generics) and a small
// interpreter over a discriminated union; it prints a checksum of both.

enum Cell { Open, Wall, Slow }

interface Edge { to: number; weight: number }

namespace Grid {
  export function cellAt(x: number, y: number, seed: number): Cell {
    const h = ((x * 73856093) ^ (y * 19349663) ^ seed) >>> 0;
    return h % 7 === 0 ? Cell.Wall : h % 5 === 0 ? Cell.Slow : Cell.Open;
  }

  export function build(size: number, seed: number): Edge[][] {
    const edges: Edge[][] = [];
    for (let i = 0; i < size * size; i++) edges.push([]);
    const steps: ReadonlyArray<readonly [number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (cellAt(x, y, seed) === Cell.Wall) continue;
        for (const [dx, dy] of steps) {
          const nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= size || ny >= size) continue;
          const cell = cellAt(nx, ny, seed);
          if (cell === Cell.Wall) continue;
          edges[y * size + x].push({ to: ny * size + nx, weight: cell === Cell.Slow ? 5 : 1 });
        }
      }
    }
    return edges;
  }
}

class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number { return this.items.length; }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < items.length && this.less(items[l], items[m])) m = l;
        if (r < items.length && this.less(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

function shortest(edges: Edge[][], from: number): Float64Array {
  const dist = new Float64Array(edges.length).fill(Infinity);
  const heap = new MinHeap<[number, number]>((a, b) => a[0] < b[0]);
  dist[from] = 0;
  heap.push([0, from]);
  while (heap.size > 0) {
    const [d, node] = heap.pop()!;
    if (d > dist[node]) continue;
    for (const { to, weight } of edges[node]) {
      const nd = d + weight;
      if (nd < dist[to]) {
        dist[to] = nd;
        heap.push([nd, to]);
      }
    }
  }
  return dist;
}

type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'add' | 'mul'; left: Expr; right: Expr }
  | { kind: 'neg'; operand: Expr };

function evaluate(e: Expr): number {
  switch (e.kind) {
    case 'num': return e.value;
    case 'add': return evaluate(e.left) + evaluate(e.right);
    case 'mul': return evaluate(e.left) * evaluate(e.right) % 1000003;
    case 'neg': return -evaluate(e.operand);
  }
}

function tree(depth: number, seed: number): Expr {
  if (depth === 0) return { kind: 'num', value: seed % 97 };
  if (seed % 11 === 0) return { kind: 'neg', operand: tree(depth - 1, seed * 31 + 7) };
  return {
    kind: seed % 2 === 0 ? 'add' : 'mul',
    left: tree(depth - 1, seed * 17 + 3),
    right: tree(depth - 1, seed * 13 + 5),
  };
}

const size: number = 60;
const graph = Grid.build(size, 12345);
const start = graph.findIndex((out) => out.length > 0);
const dist = shortest(graph, start);
let reachable = 0, total = 0;
for (const d of dist) if (d !== Infinity) { reachable++; total += d; }
let folded = 0;
for (let i = 0; i < 30; i++) folded = (folded + evaluate(tree(10, i + 1))) % 1000003;
console.log(reachable, total, folded);
