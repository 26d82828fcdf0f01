// A 5000-term `f || f || ...`, as a value and as a negated condition.
var f = 0;
var src = Array(5000).fill('f').join(' || ');
console.log(eval(src + ' || "last"'), eval('!(' + src + ')'));
console.log(eval('if (!(' + src + ')) "taken"; else "not"'));

// expect: last true
// expect: taken
