// A 5000-term chain of mixed arithmetic and bitwise operators.
var ops = ['+', '-', '*', '|', '^', '&', '<<', '>>'];
var parts = ['7'];
for (var i = 1; i < 5000; i++) parts.push(ops[i % ops.length], String(i % 13 + 1));
console.log(eval(parts.join(' ')));
console.log(eval(Array(5000).fill('2').join(' - ')));

// expect: 15
// expect: -9996
