// lodash through require, and its lodash/fp subpath
const _ = require('lodash');
const fp = require('lodash/fp');
const users = [
  { user: 'barney', age: 36, active: true },
  { user: 'fred', age: 40, active: false },
  { user: 'pebbles', age: 1, active: true },
];
console.log(JSON.stringify(_.chunk(['a', 'b', 'c', 'd', 'e'], 2)));
console.log(JSON.stringify(_.groupBy([6.1, 4.2, 6.3], Math.floor)), JSON.stringify(_.countBy(['one', 'two', 'three'], 'length')));
console.log(JSON.stringify(_.sortBy(users, ['age']).map((u) => u.user)), _.map(_.filter(users, 'active'), 'user').join());
console.log(JSON.stringify(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] })));
const deep = { x: { y: [1, { z: 'deep' }] } };
const copy = _.cloneDeep(deep);
console.log(copy.x.y[1] !== deep.x.y[1], _.isEqual(copy, deep), _.get(deep, 'x.y[1].z'), _.get(deep, 'x.q.r', 'default'));
console.log(_.camelCase('Foo Bar'), _.kebabCase('fooBar'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.capitalize('FRED'));
console.log(_.template('hello <%= user %>! <% _.forEach(items, function(i) { %>[<%- i %>]<% }); %>')({ user: 'fred', items: ['<a>', 'b'] }));
console.log(JSON.stringify(_.uniq([2, 1, 2])), JSON.stringify(_.difference([2, 1], [2, 3])), JSON.stringify(_.zip(['a', 'b'], [1, 2])), _.sum([4, 2, 8, 6]));
console.log(JSON.stringify(_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c'])), JSON.stringify(_.omit({ a: 1, b: '2', c: 3 }, ['a'])), JSON.stringify(_.set({}, 'a[0].b.c', 4)));
console.log(_.range(0, 20, 5).join(), _.padStart('7', 3, '0'), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }));
const memo = _.memoize((n) => n * 2);
console.log(memo(21), memo.cache.has(21), _.once(() => 'first')(), _.flow([_.add, (n) => n * n])(1, 2));
console.log(_.chain(users).sortBy('age').map((o) => o.user + ' is ' + o.age).head().value(), _.VERSION);
// fp: auto-curried, data last, immutable
const adults = fp.flow(fp.filter((u) => u.age > 18), fp.map('user'), fp.sortBy(fp.identity));
console.log(JSON.stringify(adults(users)), JSON.stringify(fp.set('a.b', 2, { a: { b: 1 } })), fp.add(1)(2), fp.join('-')(['x', 'y']));
