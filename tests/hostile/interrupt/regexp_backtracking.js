// a backtracking regular expression on a short input finishes; the program goes on
console.log(/(a+)+b/.test('a'.repeat(18)));
console.log(/^(\w+\s?)*$/.test('word '.repeat(6) + '!'));
console.log('aaa'.replace(/a*?/g, '-'));

// expect: false
// expect: false
// expect: -a-a-a-
