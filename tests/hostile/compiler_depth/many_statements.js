// A function body of 20000 statements and a 5000-element array literal.
var f = new Function('var x = 0;' + 'x++;'.repeat(20000) + 'return x');
console.log(f());
console.log(eval('[' + Array(5000).fill('1').join(',') + ']').length);

// expect: 20000
// expect: 5000
