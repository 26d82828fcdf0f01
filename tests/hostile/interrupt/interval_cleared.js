// an interval whose callback loops, cleared after five runs
let runs = 0;
const id = setInterval(() => {
  let s = 0; for (let i = 0; i < 10000; i++) s += i;
  if (++runs === 5) { clearInterval(id); console.log('runs', runs, s); }
}, 1);

// expect: runs 5 49995000
