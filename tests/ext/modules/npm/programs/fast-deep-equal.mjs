// fast-deep-equal (CommonJS, module.exports = function) imported as a default from ESM
import equal from 'fast-deep-equal';
import equalES6 from 'fast-deep-equal/es6/index.js';
console.log(equal({ a: [1, 2, { b: 'c' }] }, { a: [1, 2, { b: 'c' }] }));
console.log(equal({ a: 1 }, { a: 1, b: undefined }), equal([1, 2], [2, 1]), equal(NaN, NaN));
console.log(equal(new Date(0), new Date(0)), equal(/x/g, /x/g), equal(/x/g, /x/i));
console.log(equalES6(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), equalES6(new Set([1, 2]), new Set([1, 3])));
console.log(equalES6(new Uint8Array([1, 2]), new Uint8Array([1, 2])), equal(new Map([[1, 2]]), new Map([[1, 3]])));
console.log(typeof equal, equal.name);
