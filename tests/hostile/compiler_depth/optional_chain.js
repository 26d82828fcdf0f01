// A 5000-link optional chain `o?.a?.a...`, ending in a value and in undefined.
var o = {};
o.a = o;
var src = 'o' + '?.a'.repeat(5000);
console.log(eval(src) === o, eval(src + '.missing?.x'), eval('null' + '?.a'.repeat(5000)));

// expect: true undefined undefined
