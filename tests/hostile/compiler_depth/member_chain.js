// A 5000-link `o.a.a.a...` member chain, read and assigned through.
var o = {};
o.a = o;
var src = 'o' + '.a'.repeat(5000);
console.log(eval(src) === o);
eval(src + '.b = 42');
console.log(o.b, eval('delete ' + src + '.b'), 'b' in o);

// expect: true
// expect: 42 true false
