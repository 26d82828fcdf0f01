// map, filter, reduce and forEach callbacks 10000 times
const a = Array.from({ length: 10000 }, (_, i) => i);
const m = a.map(x => x * 2).filter(x => x % 3 === 0);
let sum = 0; m.forEach(x => { sum += x; });
console.log(m.length, sum, a.reduce((p, x) => p + x, 0));

// expect: 3334 33336666 49995000
