// A 5000-term chain mixing && and || (and short circuits with effects).
var hits = 0;
function hit(v) { hits++; return v }
var parts = ['hit(1)'];
for (var i = 1; i < 5000; i++) parts.push(i % 2 ? '&&' : '||', 'hit(' + (i % 3) + ')');
console.log(eval(parts.join(' ')), hits);

// expect: 1 2
