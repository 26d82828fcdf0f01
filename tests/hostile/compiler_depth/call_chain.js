// A 3000-call chain `f()()()...` (V8 runs out of stack a little past 4000).
var calls = 0;
function f() { calls++; return f }
console.log(eval('f' + '()'.repeat(3000)) === f, calls);

// expect: true 3000
