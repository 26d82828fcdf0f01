// A 5000-link `o[0][0]...` chain and `o['k']['k']...`.
var o = [];
o[0] = o;
var p = {k: null};
p.k = p;
console.log(eval('o' + '[0]'.repeat(5000)) === o, eval('p' + "['k']".repeat(5000)) === p);

// expect: true true
