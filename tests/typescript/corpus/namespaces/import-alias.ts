namespace Shapes {
  export namespace Polygons {
    export class Triangle { sides = 3; }
    export const square = { sides: 4 };
  }
}
import Polys = Shapes.Polygons;
import Tri = Shapes.Polygons.Triangle;
console.log(new Polys.Triangle().sides, Polys.square.sides, new Tri().sides);
