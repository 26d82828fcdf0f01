// A 5000-part string concatenation.
var src = Array(5000).fill("'ab'").join(' + ');
var s = eval(src);
console.log(s.length, s.slice(0, 6));

// expect: 10000 ababab
