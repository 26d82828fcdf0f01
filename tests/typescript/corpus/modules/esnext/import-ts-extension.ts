import { Circle, type Shape } from "./_shapes.ts";
import type { AnyShape } from "./_shapes.ts";
const shapes: Shape[] = [new Circle(1), new Circle(2)];
const any: AnyShape = shapes[0];
console.log(shapes.map((s) => s.area()), any.area());
