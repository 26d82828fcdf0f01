// A 5000-term `a && a && ...` as a value and as a condition.
var t = 1, f = 0;
var src = Array(5000).fill('t').join(' && ');
console.log(eval(src), eval(src + ' && f'));
console.log(eval('(' + src + ') ? "yes" : "no"'));
var count = 0;
eval('if (' + src + ') count++; while (' + src + ' && count < 3) count++;');
console.log(count);

// expect: 1 0
// expect: yes
// expect: 3
