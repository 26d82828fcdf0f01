function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('lastIndex valueOf', () => { const r = /a/g; let n = 0; r.lastIndex = { valueOf() { n++; return 1; } }; return r.exec('aa').index + ' ' + n; });
t('lastIndex beyond', () => { const r = /a/g; r.lastIndex = 10; return r.test('aaa') + ' ' + r.lastIndex; });
t('non-global ignores lastIndex', () => { const r = /a/; r.lastIndex = 5; return r.exec('a').index + ' ' + r.lastIndex; });
t('readonly lastIndex global', () => { const r = /a/g; Object.defineProperty(r, 'lastIndex', { writable: false, value: 0 }); return r.exec('b'); });
t('readonly lastIndex sticky', () => { const r = /a/y; Object.defineProperty(r, 'lastIndex', { writable: false }); return r.test('a'); });
t('exec override test', () => { const r = /x/; r.exec = () => ({}); return r.test('nope'); });
t('exec override bad', () => { const r = /x/; r.exec = () => 5; return r.test('x'); });
t('exec null', () => { const r = /x/; r.exec = () => null; return r.test('x'); });
t('exec override replace', () => { const r = /x/g; let n = 0; r.exec = function () { return n++ < 2 ? { 0: 'Q', index: n, length: 1 } : null; }; return 'abcd'.replace(r, '_'); });
t('exec override match', () => { const r = /x/g; let n = 0; r.exec = function () { return n++ < 3 ? { 0: String(n) } : null; }; return 'z'.match(r).join(); });
t('exec non-callable uses builtin', () => { const r = /b/; r.exec = 5; return r.test('abc'); });
t('Symbol.replace on non-regexp', () => RegExp.prototype[Symbol.replace].call({ exec() { return null; }, flags: '' }, 'abc', 'x'));
t('empty global match advances', () => 'aaa'.replace(/(?:)/g, '-'));
t('unicode empty advance', () => '\ud83d\ude00'.replace(/(?:)/gu, '-'));
t('lastIndex on unicode mid-surrogate', () => { const r = /\udc00/u; r.lastIndex = 1; const g = /./gu; g.lastIndex = 1; return g.exec('\ud800\udc00').index; });
t('sticky', () => { const r = /b/y; return r.test('ab') + ' ' + (r.lastIndex = 1, r.test('ab')); });
t('replace fn args', () => 'x1y'.replace(/(\d)(?<n>z)?/, (...a) => JSON.stringify(a)));
t('replace $ patterns', () => 'abc'.replace(/b/, "[$&|$`|$'|$$|$1|$<n>]"));
t('named $<>', () => 'abc'.replace(/(?<n>b)/, '[$<n>][$<m>]'));
t('split limit', () => 'a,b,c'.split(/,/, 2).join('|'));
t('split captures', () => 'a1b2c'.split(/(\d)/).join('|'));
t('matchAll non-global', () => [...'a'.matchAll(/a/)]);
t('flags getter order', () => { const log = []; const o = {}; for (const f of ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky']) Object.defineProperty(o, f, { get() { log.push(f); return true; } }); const fl = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(o); return fl + ' ' + log.length; });
t('source escaping', () => new RegExp('/').source + ' ' + new RegExp('\n').source + ' ' + RegExp('').source);
t('toString generic', () => RegExp.prototype.toString.call({ source: 'S', flags: 'F' }));
t('compile', () => { const r = /a/g; r.compile('b', 'i'); return r.source + r.flags + r.lastIndex; });
// expect: lastIndex valueOf 1 1
// expect: lastIndex beyond false 0
// expect: non-global ignores lastIndex 0 5
// expect: readonly lastIndex global threw TypeError
// expect: readonly lastIndex sticky threw TypeError
// expect: exec override test true
// expect: exec override bad threw TypeError
// expect: exec null false
// expect: exec override replace a__d
// expect: exec override match 1,2,3
// expect: exec non-callable uses builtin true
// expect: Symbol.replace on non-regexp abc
// expect: empty global match advances -a-a-a-
// expect: unicode empty advance -😀-
// expect: lastIndex on unicode mid-surrogate 0
// expect: sticky false true
// expect: replace fn args x["1","1",null,1,"x1y",{}]y
// expect: replace $ patterns a[b|a|c|$|$1|$<n>]c
// expect: named $<> a[b][]c
// expect: split limit a|b
// expect: split captures a|1|b|2|c
// expect: matchAll non-global threw TypeError
// expect: flags getter order dgimsuvy 8
// expect: source escaping \/ \n (?:)
// expect: toString generic /S/F
// expect: compile bi0
