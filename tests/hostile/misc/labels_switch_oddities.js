// Labels and switch: odd but legal.
out: {
  console.log('in block');
  if (true) break out;
  console.log('unreached');
}
a: b: c: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue b;
    if (i === 2) break a;
    console.log('ij', i, j);
  }
}
function sw(x) {
  const log = [];
  switch (x) {
    case log.push('c1'), 1: log.push('one');
    default: log.push('default');
    case log.push('c2'), 2: log.push('two'); break;
    case log.push('c3'), 3: log.push('three');
  }
  return log.join(' ');
}
console.log(sw(1)); console.log(sw(2)); console.log(sw(3)); console.log(sw(9));
function sw2(x) { switch (x) { case NaN: return 'nan'; case 0: return 'zero'; default: return 'other'; } }
console.log(sw2(NaN), sw2(-0), sw2('0'));
try {
  switch (1) { case 0: let z = 1; case 1: z = 2; }
} catch (e) { console.log('tdz in switch', e.name); }
switch (0) { case 0: function inSwitch() { return 'hoisted'; } }
console.log(typeof inSwitch);
lbl: { try { break lbl; } finally { console.log('finally before break'); } }
const r = (() => { x: for (;;) { try { continue x; } finally { return 'finally wins'; } } })();
console.log(r);
let n = 0;
loop: while (true) { switch (n++) { case 3: break loop; default: continue loop; } }
console.log('n', n);
try { eval('x: x: ;'); } catch (e) { console.log('duplicate label', e.name); }
try { eval('foo: { continue foo; }'); } catch (e) { console.log('continue non-loop', e.name); }
// expect: in block
// expect: ij 0 0
// expect: ij 1 0
// expect: c1 one default two
// expect: c1 c2 two
// expect: c1 c2 c3 three
// expect: c1 c2 c3 default two
// expect: other zero other
// expect: tdz in switch ReferenceError
// expect: function
// expect: finally before break
// expect: finally wins
// expect: n 4
// expect: duplicate label SyntaxError
// expect: continue non-loop SyntaxError
