// Array and object patterns nested 500 deep.
var value = eval('['.repeat(500) + '9' + ']'.repeat(500));
eval('var ' + '['.repeat(500) + 'z' + ']'.repeat(500) + ' = value');
console.log(z);
var obj = eval('(' + '{a:'.repeat(500) + '5' + '}'.repeat(500) + ')');
eval('var ' + '{a:'.repeat(500) + 'w' + '}'.repeat(500) + ' = obj');
console.log(w);

// expect: 9
// expect: 5
