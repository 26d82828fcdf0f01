// without u, /i is toUppercase of the code unit: U+212A KELVIN SIGN matches only itself
console.log(/\u212A/i.test('k'), /\u212A/i.test('K'), /\u212A/i.test('\u212A'), /k/i.test('\u212A'), /K/i.test('\u212A'));
console.log(/[a-z]/i.test('\u212A'), /[^a-z]/i.test('\u212A'), /\w/i.test('\u212A'), /[\u212A]/i.test('k'));
console.log(/\u212A/iu.test('k'), /k/iu.test('\u212A'), /[a-z]/iu.test('\u212A'), /\w/iu.test('\u212A'));
// expect: false false true false false
// expect: false true false false
// expect: true true true true
