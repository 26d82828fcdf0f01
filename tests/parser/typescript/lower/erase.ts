// types erased: annotations, assertions, generics, overloads, declarations without values
interface Shape { area(): number }
type Pair<T> = [T, T];
declare const external: number;
declare function declared(): void;
declare class Ambient {}
declare enum AmbientEnum { A }
declare namespace AmbientNs { const x: number; }
declare global { interface Window { x: number } }
abstract class Base<T> implements Shape {
  abstract kind: string;
  abstract describe(): string;
  [key: string]: any;
  declare tag: string;
  area(): number { return 0; }
  protected readonly size?: number = 2;
  static override = 1;
}
class Square extends Base<number> implements Shape {
  kind = 'square';
  constructor(private side: number) { super(); }
  describe(): string { return `${this.kind} ${this.side}`; }
  override area(this: Square): number { return this.side ** 2; }
  method(a: string): string;
  method(a: number): number;
  method(a: any): any { return a; }
}
function first<T,>(items: T[], fallback?: T): T | undefined { return items[0] ?? fallback; }
function withThis(this: { n: number }, k: number) { return this.n + k; }
const arrow = <T,>(x: T): T => x;
let definite!: number;
definite = 4;
const sq = new Square(3);
console.log(sq.describe(), sq.area(), sq.method<string>('m'), (sq as any).size, sq.tag, Base.override);
console.log(first<number>([]), first([], 7), arrow<string>('a'), withThis.call({ n: 1 }, 2), definite!);
const value = (<any>sq).side satisfies number;
const obj = { n: 5, f(this: any, x?: number) { return this.n + (x ?? 0); } } as const;
console.log(value, obj.f(1), (obj!).n, (sq as unknown as { side: number })!.side);
const chain: { a?: { b: number } } = { a: { b: 2 } };
console.log(chain.a!.b, chain?.a!.b, (chain.a as any)?.c?.d);
let assigned: any; (assigned as any) = 3; (assigned!) += 1;
console.log(assigned, typeof external === 'undefined' || external);
const make = new Map<string, number>([['k', 1]]);
const inst = first<typeof make>;
console.log(make.get('k'), typeof inst, `${<string>'t'}`);
class Getters { get v(): number { return 1; } set v(x: number) {} }
console.log(new Getters().v, String(Object.keys(new Square(1))));
