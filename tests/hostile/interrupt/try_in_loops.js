// try/catch/finally inside loops past many polls: every handler runs, in order
let caught = 0, finals = 0;
for (let i = 0; i < 30000; i++) {
  try { if (i % 3 === 0) throw i; } catch (e) { caught++; } finally { finals++; }
}
console.log(caught, finals);
let n = 0;
try { while (true) { n++; if (n === 50000) throw new Error('stop at ' + n); } } catch (e) { console.log(e.message); }
console.log('after');

// expect: 10000 30000
// expect: stop at 50000
// expect: after
