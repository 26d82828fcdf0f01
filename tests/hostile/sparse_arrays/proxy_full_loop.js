// through a Proxy every index is asked for, as the spec says
var target = []; target.length = 300; target[299] = 'x';
var asked = 0;
var p = new Proxy(target, { has: function (t, k) { asked++; return k in t; } });
console.log(Array.prototype.indexOf.call(p, 'x'), asked);
asked = 0;
Array.prototype.forEach.call(p, function () {});
console.log(asked);
// expect: 299 300
// expect: 300
