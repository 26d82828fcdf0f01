type Dir = "up" | "down";
function move(d: Dir, steps: 1 | 2 | 3 = 1): string {
  return d + ":" + steps;
}
let maybe: string | null = null;
maybe ??= "set";
console.log(move("up"), move("down", 3), maybe);
