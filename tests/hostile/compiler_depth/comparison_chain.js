// A 5000-term `1 < 2 < 3 ...` and `a === a === ...` chain.
var parts = [];
for (var i = 0; i < 5000; i++) parts.push(String(i));
console.log(eval(parts.join(' < ')), eval(Array(5000).fill('true').join(' === ')));

// expect: true true
