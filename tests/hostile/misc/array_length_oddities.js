function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('length 2**32', () => { const a = []; a.length = 2 ** 32; });
t('length -1', () => { const a = []; a.length = -1; });
t('length 1.5', () => { const a = []; a.length = 1.5; });
t('length valueOf twice', () => { let n = 0; const a = []; a.length = { valueOf() { n++; return 2; } }; return a.length + ' ' + n; });
t('length string', () => { const a = [1, 2, 3]; a.length = '1'; return a.join(); });
t('non-writable push', () => { const a = [1]; Object.defineProperty(a, 'length', { writable: false }); a.push(2); });
t('non-writable index beyond', () => { 'use strict'; const a = [1]; Object.defineProperty(a, 'length', { writable: false }); a[5] = 1; });
t('non-writable sloppy', () => { const a = [1]; Object.defineProperty(a, 'length', { writable: false }); a[5] = 1; return a.length + ' ' + a[5]; });
t('shrink past non-configurable', () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false }); a.length = 0; return a.length; });
t('shrink past non-configurable strict', () => { 'use strict'; const a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false }); a.length = 0; });
t('Array(2**32-1)', () => Array(2 ** 32 - 1).length);
t('Array(2**32)', () => Array(2 ** 32));
t('Array(-1)', () => new Array(-1));
t('Array(1.5)', () => Array(1.5));
t('Array("3")', () => Array('3').length);
t('index 2**32-2', () => { const a = []; a[2 ** 32 - 2] = 1; return a.length; });
t('index 2**32-1 not index', () => { const a = []; a[2 ** 32 - 1] = 1; return a.length; });
t('push at max', () => { const a = []; a.length = 2 ** 32 - 1; a.push(1); });
t('push at max result', () => { const a = []; a.length = 2 ** 32 - 1; try { a.push('x'); } catch (e) { } return a[2 ** 32 - 1] + ' ' + a.length; });
t('defineProperty length valueOf', () => { let n = 0; const a = []; Object.defineProperty(a, 'length', { value: { valueOf() { n++; return 1; } } }); return a.length + ' ' + n; });
// expect: length 2**32 threw RangeError
// expect: length -1 threw RangeError
// expect: length 1.5 threw RangeError
// expect: length valueOf twice 2 2
// expect: length string 1
// expect: non-writable push threw TypeError
// expect: non-writable index beyond threw TypeError
// expect: non-writable sloppy 1 undefined
// expect: shrink past non-configurable 2
// expect: shrink past non-configurable strict threw TypeError
// expect: Array(2**32-1) 4294967295
// expect: Array(2**32) threw RangeError
// expect: Array(-1) threw RangeError
// expect: Array(1.5) threw RangeError
// expect: Array("3") 1
// expect: index 2**32-2 4294967295
// expect: index 2**32-1 not index 0
// expect: push at max threw RangeError
// expect: push at max result x 4294967295
// expect: defineProperty length valueOf 1 2
