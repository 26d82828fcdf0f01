// Completion values of statements, as eval returns them.
function t(label, src) { try { console.log(label, String(eval(src))); } catch (e) { console.log(label, 'threw', e.name); } }
t('empty block', '1; {}');
t('var decl', '2; var q = 5;');
t('let decl', '3; let r = 5;');
t('function decl', '4; function ff() {}');
t('class decl', '5; class CC {}');
t('if false no else', '6; if (false) 7;');
t('if true', '6; if (true) 7;');
t('while never', '8; while (false) 9;');
t('for with break', '10; for (;;) { 11; break; }');
t('for with continue', 'for (var i = 0; i < 2; i++) { i; continue; }');
t('do-while', 'var k = 0; do { k++; } while (k < 3)');
t('switch no match', '12; switch (1) { case 2: 13; }');
t('switch match', '12; switch (1) { case 1: 13; }');
t('switch break', 'switch (1) { case 1: 14; break; }');
t('try catch', 'try { throw 1; } catch (e) { 15; }');
t('try empty catch', '16; try { throw 1; } catch (e) { }');
t('finally value ignored', 'try { 17; } finally { 18; }');
t('label break', 'L: { 19; break L; }');
t('with', 'with ({}) 20;');
t('expression then empty', '21;;;');
t('for-in empty', '22; for (var p in {}) 23;');
t('for-of', 'for (var v of [24, 25]) v;');
t('nested blocks', '{ 26; { 27; } }');
t('debugger', '28; debugger;');
t('if-else empty branch', '29; if (true) {} else 30;');
// expect: empty block 1
// expect: var decl 2
// expect: let decl 3
// expect: function decl 4
// expect: class decl 5
// expect: if false no else undefined
// expect: if true 7
// expect: while never undefined
// expect: for with break 11
// expect: for with continue 1
// expect: do-while 2
// expect: switch no match undefined
// expect: switch match 13
// expect: switch break 14
// expect: try catch 15
// expect: try empty catch undefined
// expect: finally value ignored 17
// expect: label break 19
// expect: with 20
// expect: expression then empty 21
// expect: for-in empty undefined
// expect: for-of 25
// expect: nested blocks 27
// expect: debugger 28
// expect: if-else empty branch undefined
