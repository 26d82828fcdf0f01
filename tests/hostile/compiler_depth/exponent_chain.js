// A 5000-term right-associative `2 ** 1 ** 1 ...`.
console.log(eval('2' + ' ** 1'.repeat(5000)), eval('(1' + ' ** 2'.repeat(5000) + ')'));

// expect: 2 NaN
