console.log("never printed");
interface Shape {
  area(): number;
  name: string
