function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const ro = Object.defineProperty({}, 'x', { value: 1, writable: false });
const go = { get g() { return 1; } };
t('sloppy readonly', () => { ro.x = 2; return ro.x; });
t('strict readonly', () => { 'use strict'; ro.x = 2; });
t('strict getter only', () => { 'use strict'; go.g = 2; });
t('sloppy getter only', () => { go.g = 2; return go.g; });
t('inherited readonly', () => { 'use strict'; const child = Object.create(ro); child.x = 5; });
t('inherited readonly sloppy', () => { const child = Object.create(ro); child.x = 5; return Object.hasOwn(child, 'x'); });
t('strict NaN', () => { 'use strict'; NaN = 1; });
t('strict undefined', () => { 'use strict'; undefined = 1; });
t('sloppy undefined', () => { undefined = 1; return typeof undefined; });
t('strict Infinity', () => { 'use strict'; Infinity = 0; });
t('strict non-extensible add', () => { 'use strict'; const o = Object.preventExtensions({}); o.n = 1; });
t('strict undeclared', () => { 'use strict'; notDeclaredAnywhere = 1; });
t('const reassign', () => { const c = 1; c = 2; });
t('const compound', () => { const c = 1; c += 2; });
t('const ++', () => { const c = 1; c++; });
t('const in for-of', () => { for (const i of [1, 2]) { } return 'ok'; });
t('const for loop', () => { for (const i = 0; i < 1; i++) { } });
t('function name binding sloppy', () => (function fn() { fn = 1; return typeof fn; })());
t('function name binding strict', () => (function fn() { 'use strict'; fn = 1; })());
t('class name binding', () => { class K { static m() { K = 1; } } K.m(); });
t('frozen array index strict', () => { 'use strict'; Object.freeze([1])[0] = 2; });
t('typed array out of range strict', () => { 'use strict'; const ta = new Uint8Array(1); ta[5] = 1; return ta[5]; });
t('typed array non-integer index', () => { 'use strict'; const ta = new Uint8Array(1); ta['1.5'] = 1; return ta['1.5']; });
t('typed array -0 key', () => { const ta = new Uint8Array(1); ta['-0'] = 1; return ta['-0'] + ' ' + ta[0]; });
t('strict delete non-configurable', () => { 'use strict'; delete Object.prototype; });
t('sloppy delete non-configurable', () => delete Object.prototype);
t('delete var', () => { var v = 1; return eval('delete v'); });
t('delete eval var', () => { eval('var ev = 1'); return delete ev; });
// expect: sloppy readonly 1
// expect: strict readonly threw TypeError
// expect: strict getter only threw TypeError
// expect: sloppy getter only 1
// expect: inherited readonly threw TypeError
// expect: inherited readonly sloppy false
// expect: strict NaN threw TypeError
// expect: strict undefined threw TypeError
// expect: sloppy undefined undefined
// expect: strict Infinity threw TypeError
// expect: strict non-extensible add threw TypeError
// expect: strict undeclared threw ReferenceError
// expect: const reassign threw TypeError
// expect: const compound threw TypeError
// expect: const ++ threw TypeError
// expect: const in for-of ok
// expect: const for loop threw TypeError
// expect: function name binding sloppy function
// expect: function name binding strict threw TypeError
// expect: class name binding threw TypeError
// expect: frozen array index strict threw TypeError
// expect: typed array out of range strict undefined
// expect: typed array non-integer index undefined
// expect: typed array -0 key undefined 0
// expect: strict delete non-configurable threw TypeError
// expect: sloppy delete non-configurable false
// expect: delete var false
// expect: delete eval var true
