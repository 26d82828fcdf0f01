// a callback that adds an element to Array.prototype: later holes read it
var a = []; a[0] = 'a'; a[3000] = 'b';
var seen = [];
a.forEach(function (v, i) {
  seen.push(i + ':' + v);
  if (i === 0) Array.prototype[2000] = 'p';
});
delete Array.prototype[2000];
console.log(seen.join());
// expect: 0:a,2000:p,3000:b
