// A 5000-expression comma sequence.
var i = 0;
console.log(eval('(' + Array(5000).fill('i++').join(', ') + ')'), i);

// expect: 4999 5000
