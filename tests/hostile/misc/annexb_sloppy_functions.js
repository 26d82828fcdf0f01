// Annex B.3.3: function declarations in blocks in sloppy code.
console.log(typeof early);
{ function early() { return 'early'; } }
console.log(typeof early);
if (false) { function neverRun() {} }
console.log(typeof neverRun);
(function () {
  try { inBlockBefore(); } catch (e) { console.log('before block:', e.name); }
  { function inBlockBefore() {} }
})();
function shadowed() {
  let inner = 'let';
  { function inner() {} }
  return typeof inner;
}
console.log(shadowed());
function twice() {
  { function f() { return 1; } }
  { function f() { return 2; } }
  return f();
}
console.log(twice());
function overwrite() {
  var r = [];
  r.push(typeof g);
  { r.push(typeof g); function g() {} g = 'assigned in block'; r.push(typeof g); }
  r.push(typeof g);
  return r.join();
}
console.log(overwrite());
label: function labelled() { return 'labelled'; }
console.log(labelled());
switch (1) { case 1: function inCase() { return 'case'; } }
console.log(inCase());
try { eval('"use strict"; label2: function x() {}'); } catch (e) { console.log('strict labelled fn:', e.name); }
try { eval('while (false) function w() {}'); } catch (e) { console.log('loop body fn:', e.name); }
console.log(eval('{ function evalBlock() { return "eval block"; } } evalBlock()'));
(function () { eval('{ function e2() {} }'); console.log(typeof e2); })();
(function () { eval('if (true) function e3() {}'); console.log(typeof e3); })();
// expect: undefined
// expect: function
// expect: undefined
// expect: before block: TypeError
// expect: string
// expect: 2
// expect: undefined,function,string,function
// expect: labelled
// expect: case
// expect: strict labelled fn: SyntaxError
// expect: loop body fn: SyntaxError
// expect: eval block
// expect: function
// expect: function
