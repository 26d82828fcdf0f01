function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const desc = name => Object.getOwnPropertyDescriptor(RegExp.prototype, name);
const origGlobal = desc('global');
t('flags reads patched global', () => { Object.defineProperty(RegExp.prototype, 'global', { get() { return true; }, configurable: true }); try { return /a/.flags; } finally { Object.defineProperty(RegExp.prototype, 'global', origGlobal); } });
t('getters on prototype itself', () => [RegExp.prototype.global, RegExp.prototype.source, RegExp.prototype.flags].map(String).join('|'));
t('getter on non-regexp', () => desc('global').get.call({}));
t('source on non-regexp', () => desc('source').get.call({}));
t('exec on non-regexp', () => RegExp.prototype.exec.call({}, 'a'));
t('test generic', () => RegExp.prototype.test.call({ exec() { return { 0: 'x' }; } }, 'q'));
t('Symbol.match generic', () => RegExp.prototype[Symbol.match].call({ exec() { return null; }, global: false }, 'a'));
t('Symbol.split requires ctor', () => RegExp.prototype[Symbol.split].call({ constructor: undefined, flags: '' }, 'a,b', undefined));
t('RegExp(regexp) same', () => { const r = /a/; return RegExp(r) === r; });
t('RegExp(regexp, flags) new', () => { const r = /a/g; return RegExp(r, 'i').flags; });
t('RegExp with constructor mismatch', () => { const r = /a/; r.constructor = Object; return RegExp(r) === r; });
t('regexp-like Symbol.match', () => { const o = { [Symbol.match]: true, source: 'src', flags: 'g', constructor: RegExp }; return RegExp(o) === o; });
t('bad flags', () => new RegExp('a', 'gg'));
t('bad flags z', () => new RegExp('a', 'z'));
t('flags toString once', () => { let n = 0; new RegExp('a', { toString() { n++; return 'g'; } }); return n; });
t('pattern toString throws', () => new RegExp({ toString() { throw new EvalError('p'); } }));
t('lastIndex own writable', () => JSON.stringify(Object.getOwnPropertyDescriptor(/a/, 'lastIndex')));
t('dotAll/hasIndices', () => { const m = /(?<x>a.)b/ds.exec('za\nb'); return m.indices[0].join() + ' ' + m.indices.groups.x.join(); });
t('groups proto null', () => Object.getPrototypeOf(/(?<g>a)/.exec('a').groups));
t('sticky with ^', () => { const r = /^a/y; r.lastIndex = 1; return r.test('ba'); });
t('multiline sticky', () => { const r = /^a/my; r.lastIndex = 2; return r.test('b\na'); });
t('backref to later group', () => /\1(a)/.exec('aa')[0]);
t('lookbehind', () => 'xab yab'.replace(/(?<=x)ab/g, 'Z'));
t('unicode property', () => /\p{Lu}/u.test('Á') + ' ' + /\p{Script=Greek}/u.test('α'));
t('case-insensitive unicode', () => /\u212a/i.test('k') + ' ' + /\u212a/iu.test('k'));
t('empty class', () => /[]/.test('a') + ' ' + /[^]/.test('\n'));
t('quantifier on lookahead', () => eval('/(?=a)*/').test('b'));
t('invalid escape u', () => eval('/\\c/u'));
t('big quantifier', () => /a{0,4294967295}/.test('aaa'));
t('quantifier order', () => eval('/a{2,1}/'));
// expect: flags reads patched global g
// expect: getters on prototype itself undefined|(?:)|
// expect: getter on non-regexp threw TypeError
// expect: source on non-regexp threw TypeError
// expect: exec on non-regexp threw TypeError
// expect: test generic true
// expect: Symbol.match generic null
// expect: Symbol.split requires ctor a,,
// expect: RegExp(regexp) same true
// expect: RegExp(regexp, flags) new i
// expect: RegExp with constructor mismatch false
// expect: regexp-like Symbol.match true
// expect: bad flags threw SyntaxError
// expect: bad flags z threw SyntaxError
// expect: flags toString once 1
// expect: pattern toString throws threw EvalError
// expect: lastIndex own writable {"value":0,"writable":true,"enumerable":false,"configurable":false}
// expect: dotAll/hasIndices 1,4 1,3
// expect: groups proto null null
// expect: sticky with ^ false
// expect: multiline sticky true
// expect: backref to later group a
// expect: lookbehind xZ yab
// expect: unicode property true true
// expect: case-insensitive unicode false true
// expect: empty class false true
// expect: quantifier on lookahead true
// expect: invalid escape u threw SyntaxError
// expect: big quantifier true
// expect: quantifier order threw SyntaxError
