// getters, setters and proxy traps called 20000 times in a loop
let hits = 0;
const o = { get x() { hits++; return 1; }, set x(v) { hits++; } };
const p = new Proxy({}, { get(t, k) { hits++; return 2; } });
let s = 0;
for (let i = 0; i < 20000; i++) { s += o.x + p.y; o.x = i; }
console.log(s, hits);

// expect: 60000 60000
