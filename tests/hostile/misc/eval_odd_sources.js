// eval with odd sources and odd arguments.
function t(label, f) {
  try { console.log(label, typeof f === 'function' ? String(f()) : f); } catch (e) { console.log(label, 'threw', e.name); }
}
t('non-string', () => { const o = {}; return eval(o) === o; });
t('empty', () => eval(''));
t('only comment', () => eval('/* nothing */'));
t('completion of if', () => eval('if (true) { 3 } else { 4 }'));
t('completion of loop', () => eval('for (var i = 0; i < 3; i++) i * 10'));
t('completion of try', () => eval('try { 1 } finally { 2 }'));
t('completion break', () => eval('do { 7; break } while (false)'));
t('html comment', () => eval('1 <!-- 2'));
t('html close comment', () => eval('--> comment at line start\n8'));
t('let stays local', () => { eval('let q = 1'); return typeof q; });
t('var leaks (direct sloppy)', () => { eval('var leaked = 9'); return leaked; });
t('indirect eval global', () => { (0, eval)('var glob1 = 5'); return globalThis.glob1; });
t('function hoisted', () => { eval('function hf() { return "hf" }'); return hf(); });
t('strict eval var', () => { 'use strict'; eval('var sv = 1'); return typeof sv; });
t('syntax error', () => eval('1 +'));
t('return outside', () => eval('return 1'));
t('line separators', () => eval('"\u2028\u2029".length'));
t('arguments in eval', () => (function () { return eval('arguments.length'); })(1, 2, 3));
t('this in eval', () => (function () { return eval('this.k'); }).call({ k: 'kk' }));
t('eval of String object', () => typeof eval(new String('1+1')));
t('nested eval', () => eval('eval("eval(\'6*7\')")'));
t('shadowed eval not direct', () => { const eval2 = eval; var loc = 1; return eval2('typeof loc'); });
t('eval as name in strict', () => Function('"use strict"; var eval = 1'));
// expect: non-string true
// expect: empty undefined
// expect: only comment undefined
// expect: completion of if 3
// expect: completion of loop 20
// expect: completion of try 1
// expect: completion break 7
// expect: html comment 1
// expect: html close comment 8
// expect: let stays local undefined
// expect: var leaks (direct sloppy) 9
// expect: indirect eval global 5
// expect: function hoisted hf
// expect: strict eval var undefined
// expect: syntax error threw SyntaxError
// expect: return outside threw SyntaxError
// expect: line separators 2
// expect: arguments in eval 3
// expect: this in eval kk
// expect: eval of String object object
// expect: nested eval 42
// expect: shadowed eval not direct undefined
// expect: eval as name in strict threw SyntaxError
