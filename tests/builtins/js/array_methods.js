// 23.1.2 / 23.1.3 Array.from, splice, flat, copyWithin, the change-array-by-copy methods
console.log(Array.from('a😀b').length, Array.from({length: 3, 0: 'x', 2: 'z'}).join('|'));
// expect: 3 x||z
console.log(Array.from(new Set([1, 2]), function (v, i) { return v * this.k + i; }, {k: 10}));
// expect: [ 10, 21 ]
class MyArray extends Array {}
console.log(MyArray.from([1]) instanceof MyArray, MyArray.of(1, 2).length, Array[Symbol.species] === Array);
// expect: true 2 true
const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2, 'a', 'b', 'c'), a);
// expect: [ 2, 3 ] [ 1, 'a', 'b', 'c', 4, 5 ]
console.log(a.splice(-2), a, a.splice(), a.length);
// expect: [ 4, 5 ] [ 1, 'a', 'b', 'c' ] [] 4
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [[1], [2]].flatMap(x => [x, x]));
// expect: [ 1, 2, [ 3, [ 4 ] ] ] [ 1, 2, 3, 4 ] [ [ 1 ], [ 1 ], [ 2 ], [ 2 ] ]
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [0, 0, 0].fill(7, 1));
// expect: [ 4, 5, 3, 4, 5 ] [ 1, 1, 2, 3, 5 ] [ 0, 7, 7 ]
const orig = [3, 1, 2];
console.log(orig.toSorted(), orig.toReversed(), orig.toSpliced(1, 1, 'x'), orig.with(-1, 9), orig);
// expect: [ 1, 2, 3 ] [ 2, 1, 3 ] [ 3, 'x', 2 ] [ 3, 1, 9 ] [ 3, 1, 2 ]
console.log([, 'b'].toSorted(), [1, , 3].toReversed());
// expect: [ 'b', undefined ] [ 3, undefined, 1 ]
try { [1].with(1, 0); } catch (e) { console.log(e.name); }
// expect: RangeError
console.log([1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, -2));
// expect: 3 undefined 2 0
console.log(['a', 'b', 'c'].reduceRight((acc, v) => acc + v), [1, 2, 3].shift(), [3].unshift(1, 2));
// expect: cba 1 3
// generic: array-likes
const like = {length: 2, 0: 'p', 1: 'q'};
Array.prototype.unshift.call(like, 'o');
console.log(like.length, like[0], like[2], Array.prototype.splice.call(like, 0, 1), like.length);
// expect: 3 o q [ 'o' ] 2
// sort: stable, undefined and holes last, inconsistent comparators tolerated
const people = [{n: 'a', k: 1}, {n: 'b', k: 0}, {n: 'c', k: 1}, {n: 'd', k: 0}];
console.log(people.sort((x, y) => x.k - y.k).map(p => p.n).join(''));
// expect: bdac
const holes = [3, undefined, , 1];
holes.sort();
console.log(holes, 3 in holes);
// expect: [ 1, 3, undefined, <1 empty item> ] false
console.log([5, 1, 4].sort(() => Math.random() - 0.5).length, [10, 9, 1].sort().join());
// expect: 3 1,10,9
