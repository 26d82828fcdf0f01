// a generator resumed 30000 times (each resume is a run of the VM)
function* count(n) { for (let i = 0; i < n; i++) yield i; }
let s = 0;
for (const x of count(30000)) s += x;
console.log(s);
const g = count(3);
console.log([...g].join());

// expect: 449985000
// expect: 0,1,2
