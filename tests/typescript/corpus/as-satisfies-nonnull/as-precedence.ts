const x: any = 5;
const a = x as number + 1;
const b = (x + 1) as number;
const c = x as number < 10;
const d = !x as boolean;
console.log(a, b, c, d);
let y: any = 2;
(y as number) += 3;
console.log(y);
