// Array.prototype.sort with a comparator called far more often than a poll (every 1024 VM runs)
const a = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
let calls = 0;
a.sort((x, y) => { calls++; return x - y; });
let ok = true;
for (let i = 1; i < a.length; i++) if (a[i - 1] > a[i]) ok = false;
console.log(ok, calls > 5000, a[0], a[a.length - 1]);

// expect: true true 0 4999
