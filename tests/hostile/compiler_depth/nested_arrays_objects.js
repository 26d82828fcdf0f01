// Arrays and objects nested 900 deep.
var a = eval('['.repeat(900) + '1' + ']'.repeat(900));
var d = 0;
while (Array.isArray(a)) { a = a[0]; d++ }
console.log(d, a);
var o = eval('(' + '{a:'.repeat(900) + '"end"' + '}'.repeat(900) + ')');
d = 0;
while (typeof o === 'object') { o = o.a; d++ }
console.log(d, o);

// expect: 900 1
// expect: 900 end
