// A 5000-term `n ?? n ?? ...`.
var n = null, u;
console.log(eval(Array(5000).fill('n').join(' ?? ') + ' ?? "found"'), eval(Array(5000).fill('u').join(' ?? ')));

// expect: found undefined
