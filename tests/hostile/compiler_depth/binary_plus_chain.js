// A 5000-term left-deep `1 + 1 + ...` (compiled in a loop, not by recursion).
var src = Array(5000).fill('1').join(' + ');
console.log(eval(src), new Function('return ' + src)());

// expect: 5000 5000
