// every kind of loop running past many polls of the dispatch loop (every 4096 jumps): results unchanged
let a = 0; while (a < 30000) a++;
let b = 0; for (let i = 0; i < 30000; i++) b += i;
let c = 0; do { c += 2; } while (c < 60000);
let d = 0; outer: for (let i = 0; i < 150; i++) { for (let j = 0; j < 150; j++) { if (j > i) continue outer; d++; } }
let e = 0; const obj = {}; for (let i = 0; i < 5000; i++) obj['k' + i] = i; for (const k in obj) e++;
let f = 0; for (const x of new Array(20000).fill(1)) f += x;
console.log(a, b, c, d, e, f);

// expect: 30000 449985000 60000 11325 5000 20000
