// elements on Array.prototype show through the holes: the loop keeps visiting all indices
var a = []; a[0] = 'own'; a.length = 2000;
Array.prototype[1500] = 'proto';
console.log(a.indexOf('proto'), a.includes('proto'), a.join('').length);
var seen = [];
a.forEach(function (v, i) { seen.push(i); });
console.log(seen.join());
delete Array.prototype[1500];
Object.prototype[1200] = 'object';
console.log(a.lastIndexOf('object'), a.filter(function () { return true; }).join());
delete Object.prototype[1200];
console.log(a.indexOf('object'));
// expect: 1500 true 8
// expect: 0,1500
// expect: 1200 own,object
// expect: -1
