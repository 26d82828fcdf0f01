// A 900-deep `c ? x : c ? y : ...` chain.
var v = 899;
var src = '';
for (var i = 0; i < 900; i++) src += 'v === ' + i + ' ? ' + i + ' : ';
console.log(eval(src + '-1'));

// expect: 899
