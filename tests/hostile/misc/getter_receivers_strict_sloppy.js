function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

Object.defineProperty(String.prototype, 'sloppyThis', { get: function () { return typeof this; }, configurable: true });
Object.defineProperty(String.prototype, 'strictThis', { get: function () { 'use strict'; return typeof this; }, configurable: true });
t('sloppy getter on primitive', () => 'x'.sloppyThis);
t('strict getter on primitive', () => 'x'.strictThis);
Number.prototype.sloppyM = function () { return typeof this; };
Number.prototype.strictM = function () { 'use strict'; return typeof this; };
t('sloppy method', () => (5).sloppyM());
t('strict method', () => (5).strictM());
t('call with null sloppy', () => (function () { return this === globalThis; }).call(null));
t('call with null strict', () => (function () { 'use strict'; return this; }).call(null));
t('apply with primitive strict', () => (function () { 'use strict'; return typeof this; }).apply(true));
t('bound primitive', () => (function () { return typeof this; }).bind('s')());
t('setter on primitive strict', () => { 'use strict'; Object.defineProperty(Number.prototype, 'setMe', { set(v) { 'use strict'; this.x = v; }, configurable: true }); (1).setMe = 2; return 'set ok'; });
t('assign prop on primitive sloppy', () => { const s = 'str'; s.prop = 1; return s.prop; });
t('assign prop on primitive strict', () => { 'use strict'; const s = 'str'; s.prop = 1; });
t('assign index on string strict', () => { 'use strict'; const s = 'str'; s[0] = 'x'; });
t('assign length on string strict', () => { 'use strict'; 'str'.length = 1; });
t('symbol receiver', () => { Symbol.prototype.me = function () { 'use strict'; return typeof this; }; return Symbol().me(); });
t('bigint receiver', () => { BigInt.prototype.me = function () { return typeof this; }; return 1n.me(); });
t('arrow ignores call this', () => { const f = () => this; return f.call(5) === this; });
delete String.prototype.sloppyThis; delete String.prototype.strictThis;
// expect: sloppy getter on primitive object
// expect: strict getter on primitive string
// expect: sloppy method object
// expect: strict method number
// expect: call with null sloppy true
// expect: call with null strict null
// expect: apply with primitive strict boolean
// expect: bound primitive object
// expect: setter on primitive strict threw TypeError
// expect: assign prop on primitive sloppy undefined
// expect: assign prop on primitive strict threw TypeError
// expect: assign index on string strict threw TypeError
// expect: assign length on string strict threw TypeError
// expect: symbol receiver symbol
// expect: bigint receiver object
// expect: arrow ignores call this true
