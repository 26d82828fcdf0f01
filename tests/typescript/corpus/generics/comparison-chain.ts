const x = 5, y = 10, z = 3;
const r1 = x < y > z;
const r2 = (x < y) > z;
console.log(r1, r2);
const less = x < y;
const more = y > z;
console.log(less, more, x < y ? "lt" : "ge");
