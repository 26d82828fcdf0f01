// a callback that deletes elements ahead of the loop: they are not visited
const N = 2 ** 32 - 1;
var a = []; a[0] = 0; a[10] = 10; a[20] = 20; a[N - 1] = 'end';
var seen = [];
a.forEach(function (v, i) {
  seen.push(i === N - 1 ? 'N-1' : i);
  if (i === 0) { delete a[10]; a[15] = 15; }
  if (i === 15) a.length = 21;
});
console.log(seen.join(), a.length);
// expect: 0,15,20 21
