// case folding written out per character does not leak out of a group
console.log(/a(?:b)c/i.test('ABC'), /a|B/i.test('b'), /^[^k]$/i.test('K'), /^[^k]$/i.test('\u212A'));
console.log('KkK\u212A'.replace(/k/gi, '.'), 'KkK\u212A'.replace(/k/giu, '.'));
// expect: true true false true
// expect: ...K ....
