// 10.2.11 step 28: with parameter expressions the body's vars live in their own scope
var x = 'outside';
var probeParams, probeBody;
((_ = probeParams = function () { return x; }) => {
  var x = 'inside';
  probeBody = function () { return x; };
})();
console.log(probeParams(), probeBody());
// expect: outside inside
function f(a, b = () => a) { var a; var c = a; a = 2; return [c, a, b()]; }
console.log(f(1));
// expect: [ 1, 2, 1 ]
function g(a = 1) { var arguments; return typeof arguments; }
console.log(g());
// expect: object
var probe1, probe2, probe3;
(function (_ = (eval('var y = "from eval";'), probe1 = function () { return y; }),
           __ = probe2 = function () { return y; }) {
  probe3 = function () { return y; };
}());
console.log(probe1(), probe2(), probe3());
// expect: from eval from eval from eval
function k(p = 0) { { function inner() { return 'block fn'; } } return inner(); }
console.log(k());
// expect: block fn
function n(p = 0) { var q = 1; eval('var q = 4'); return q; }
console.log(n());
// expect: 4
