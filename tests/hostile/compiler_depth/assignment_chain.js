// An 800-deep `x = y = z = ...` chain (right-nested) and compound assignments.
var names = [];
for (var i = 0; i < 800; i++) names.push('v' + i);
eval('var ' + names.join(', ') + '; ' + names.join(' = ') + ' = 7');
console.log(v0, v799);
var t = 0;
eval(Array(5000).fill('t += 1').join('; '));
console.log(t);

// expect: 7 7
// expect: 5000
