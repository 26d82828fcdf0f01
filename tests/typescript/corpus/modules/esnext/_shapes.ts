export interface Shape { area(): number }
export class Circle implements Shape {
  constructor(private r: number) {}
  area() { return Math.round(Math.PI * this.r * this.r); }
}
export type { Shape as AnyShape };
