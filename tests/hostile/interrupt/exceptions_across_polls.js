// an exception thrown by a callback deep in a loop unwinds through a built-in
let seen = 0;
try {
  Array.from({ length: 20000 }, (_, i) => i).forEach(i => { seen++; if (i === 15000) throw new RangeError('at ' + i); });
} catch (e) { console.log(e.name, e.message, seen); }
const r = [];
for (let i = 0; i < 10; i++) { try { [1, 2, 3].map(x => { if (x === 2) throw x; }); } catch (e) { r.push(e); } }
console.log(r.join(''));

// expect: RangeError at 15000 15001
// expect: 2222222222
