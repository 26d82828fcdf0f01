// Long flat operator chains in source (V8 parses them; no deep nesting in the source text).
console.log(eval('0' + '+1'.repeat(20000)));
console.log(eval('"' + '"+"a'.repeat(5000) + '"').length);
console.log(eval('1' + ' && 1'.repeat(10000)));
console.log(eval('0' + ', 0'.repeat(20000) + ', "comma"'));
console.log(eval('[' + 'x => '.repeat(1).trim() + '1' + ']').length);
console.log(eval('var s = 0;' + 's += 1;'.repeat(20000) + 's'));
console.log(eval('"" ' + '+ (1)'.repeat(10000)).length);
// expect: 20000
// expect: 5000
// expect: 1
// expect: comma
// expect: 1
// expect: 20000
// expect: 10000
