// toSorted, toReversed, toSpliced and with refuse lengths past 2**32 - 1
var big = {length: 2 ** 32};
for (var m of ['toSorted', 'toReversed', 'toSpliced']) {
  try { Array.prototype[m].call(big); console.log(m, 'no error'); } catch (e) { console.log(m, e.name, e.message); }
}
try { Array.prototype.with.call(big, 0, 1); } catch (e) { console.log('with', e.name, e.message); }
try { Array.prototype.with.call({length: 2 ** 53 - 1}, 0, 1); } catch (e) { console.log('with', e.name, e.message); }
// expect: toSorted RangeError Invalid array length
// expect: toReversed RangeError Invalid array length
// expect: toSpliced RangeError Invalid array length
// expect: with RangeError Invalid array length
// expect: with RangeError Invalid array length
