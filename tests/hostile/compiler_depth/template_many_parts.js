// A template literal with 5000 substitutions, and a tagged one.
var a = 1;
var src = '`' + '${a}-'.repeat(5000) + '`';
var s = eval(src);
console.log(s.length, s.slice(0, 6));
function tag(strings, ...vals) { return strings.length + ':' + vals.length }
console.log(eval('tag' + src));

// expect: 10000 1-1-1-
// expect: 5001:5000
