// ramda through require (the "require" condition: src/index.js)
const R = require('ramda');
const { pipe, map, filter, prop, sortBy, groupBy, compose, curry } = require('ramda');
const people = [{ name: 'Ada', age: 36 }, { name: 'Bob', age: 17 }, { name: 'Cy', age: 52 }];
const adultNames = pipe(filter((p) => p.age >= 18), sortBy(prop('age')), map(prop('name')));
console.log(JSON.stringify(adultNames(people)));
console.log(JSON.stringify(groupBy((p) => (p.age >= 18 ? 'adult' : 'minor'), people)));
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(R.__, 2, 3)(1), compose(R.inc, R.negate)(5));
console.log(JSON.stringify(R.assocPath(['a', 'b', 'c'], 42, { a: { x: 1 } })), JSON.stringify(R.evolve({ n: R.inc, s: R.toUpper }, { n: 1, s: 'a', k: 0 })));
console.log(JSON.stringify(R.lensProp('x') && R.over(R.lensProp('x'), R.multiply(10), { x: 4 })), R.view(R.lensPath(['a', 0]), { a: [9] }));
console.log(JSON.stringify(R.zip([1, 2], ['a', 'b'])), JSON.stringify(R.uniqBy(Math.abs, [-1, 1, 2])), R.range(1, 5).join(), R.sum([1, 2, 3]));
console.log(R.equals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), R.isEmpty({}), R.type([]), R.toString({ a: [1, 'x'] }));
console.log(JSON.stringify(R.partition(R.gt(R.__, 2), [1, 2, 3, 4])), JSON.stringify(R.splitEvery(2, [1, 2, 3, 4, 5])));
