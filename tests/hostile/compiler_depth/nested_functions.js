// Functions, arrows and closures nested 300 deep, each capturing the outer ones.
var src = '';
for (var i = 0; i < 300; i++) src += 'function f' + i + '() { var v' + i + ' = ' + i + '; return ';
src += '() => v0 + v299';
for (var i = 0; i < 300; i++) src += ' }';
var f = new Function(src + '; return f0')();
for (var i = 0; i < 300; i++) f = f();
console.log(f());
var g = eval('() => '.repeat(300) + '"deep"');
for (var i = 0; i < 300; i++) g = g();
console.log(g);

// expect: 299
// expect: deep
