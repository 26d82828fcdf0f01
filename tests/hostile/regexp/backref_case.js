// backreferences compare case-insensitively under i
console.log(/(a)\1/i.test('aA'), /(a)\1/.test('aA'), /(?<x>b)\k<x>/i.test('bB'), /(\u03c3)\1/i.test('\u03c3\u03a3'));
console.log(/(abc)\1/i.exec('xABCabc')[0]);
// expect: true false true true
// expect: ABCabc
