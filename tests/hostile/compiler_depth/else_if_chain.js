// A 900-branch else-if chain (V8 itself stops a little past 2000).
function pick(v) {
  var src = '';
  for (var i = 0; i < 900; i++) src += (i ? ' else ' : '') + 'if (v === ' + i + ') r = ' + i + ';';
  var r = 'none';
  eval(src + ' else r = "other"');
  return r;
}
console.log(pick(0), pick(450), pick(899), pick(-1));
console.log(eval('if (0) 1; else if (0) 2; else if (1) 3; else 4'));

// expect: 0 450 899 other
// expect: 3
