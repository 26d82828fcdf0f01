// underscore from ESM (its "import" condition: modules/index-all.js), default and named
import _, { map, template, debounce } from 'underscore';
console.log(map([1, 2, 3], (n) => n * 3).join(), _.map({ one: 1, two: 2 }, (v, k) => k + v).join());
console.log(JSON.stringify(_.groupBy(['one', 'two', 'three'], 'length')), JSON.stringify(_.countBy([1, 2, 3, 4, 5], (n) => (n % 2 ? 'odd' : 'even'))));
console.log(JSON.stringify(_.chain([3, 1, 2]).sortBy(_.identity).map((n) => n * 2).value()), _.max([{ a: 1 }, { a: 7 }], 'a').a, _.pluck([{ n: 'x' }, { n: 'y' }], 'n').join());
console.log(JSON.stringify(_.flatten([1, [2], [3, [[4]]]])), JSON.stringify(_.intersection([1, 2, 3], [101, 2, 1, 10])), JSON.stringify(_.uniq([1, 2, 1, 4, 1, 3])));
console.log(template('hello: <%= name %> <% _.each(xs, function(x){ %>(<%- x %>)<% }) %>')({ name: 'moe', xs: ['<', 'b'] }));
console.log(_.isEqual({ a: [1, 2] }, { a: [1, 2] }), _.isEmpty([]), _.keys({ a: 1, b: 2 }).join(), JSON.stringify(_.invert({ a: 'x', b: 'y' })));
console.log(_.escape('<a & "b">'), _.times(3, (i) => i * i).join(), typeof debounce, _.VERSION);
const counter = _.after(2, () => 'called');
console.log(counter(), counter(), JSON.stringify(_.partition([0, 1, 2, 3], (x) => x % 2)));
