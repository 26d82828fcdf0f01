// Parenthesized expressions nested 900 deep.
console.log(eval('('.repeat(900) + '1 + 2' + ')'.repeat(900)), eval('(1 + '.repeat(900) + '1' + ')'.repeat(900)));

// expect: 3 901
