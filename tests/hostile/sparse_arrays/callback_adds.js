// a callback that adds elements ahead of the loop sees them visited, as the spec says
const N = 2 ** 32 - 1;
var a = []; a[0] = 0; a[N - 1] = 'end';
var seen = [];
a.forEach(function (v, i) {
  seen.push(i === N - 1 ? 'N-1' : i === N - 2 ? 'N-2' : i);
  if (i === 0) { a[1000] = 'added'; a[N - 2] = 'also'; }
});
console.log(seen.join());
// expect: 0,1000,N-2,N-1
