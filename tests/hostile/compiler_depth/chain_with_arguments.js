// A 3000-call chain whose every call has arguments (spread too).
var total = 0;
function add(a, b) { total += a + b; return add }
var src = 'add';
for (var i = 0; i < 3000; i++) src += i % 2 ? '(1, 2)' : '(...[3, 4])';
eval(src);
console.log(total);

// expect: 15000
