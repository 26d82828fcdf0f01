const enum Direction { Up = 1, Down, Left = "L" }
const d = Direction.Down;
console.log(d, Direction.Up, Direction.Left);
console.log(typeof (globalThis as any).Direction);
