function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('replace hook', () => 'abc'.replace({ [Symbol.replace](s, r) { return s + '|' + r; } }, 'R'));
t('replaceAll hook', () => 'abc'.replaceAll({ [Symbol.replace]: (s, r) => 'hooked' }, 'x'));
t('split hook', () => 'a-b'.split({ [Symbol.split](s, l) { return [s, l]; } }, 3).join());
t('match hook', () => 'abc'.match({ [Symbol.match]: s => 'm:' + s }));
t('matchAll hook', () => 'abc'.matchAll({ [Symbol.matchAll]: s => 'ma:' + s }));
t('search hook', () => 'abc'.search({ [Symbol.search]: s => 42 }));
t('hook null falls back', () => 'a.b'.split({ [Symbol.split]: null, toString() { return '.'; } }).join('|'));
t('hook not callable', () => 'abc'.replace({ [Symbol.replace]: 5 }, ''));
t('hook getter throws', () => 'abc'.search({ get [Symbol.search]() { throw new URIError('g'); } }));
t('replaceAll non-global regexp', () => 'aa'.replaceAll(/a/, 'b'));
t('replaceAll flags getter', () => 'aa'.replaceAll({ [Symbol.match]: true, flags: 'g', [Symbol.replace]: () => 'ok' }, 'b'));
t('replaceAll flags null', () => 'aa'.replaceAll({ [Symbol.match]: true, flags: null }, 'b'));
t('matchAll non-global', () => 'aa'.matchAll(/a/));
t('startsWith regexp', () => 'abc'.startsWith(/a/));
t('startsWith regexp match false', () => { const r = /a/; r[Symbol.match] = false; return '/a/x'.startsWith(r); });
t('includes regexp-like', () => 'abc'.includes({ [Symbol.match]: true }));
t('endsWith', () => 'abc'.endsWith('b', 2));
t('replace fn called with', () => 'xay'.replace('a', function () { return typeof this + arguments.length; }));
t('replace string $', () => 'abc'.replace('b', '$$-$&-$`-$\''));
t('replaceAll empty', () => 'abc'.replaceAll('', '.'));
t('split empty', () => 'ab'.split('').join('|') + ' ' + ''.split('').length + ' ' + ''.split(',').length);
t('split limit 0', () => 'a,b'.split(',', 0).length);
t('split limit 2**32', () => 'a,b'.split(',', 2 ** 32).length);
t('split limit -1', () => 'a,b'.split(',', -1).length);
t('Symbol.split on RegExp subclass', () => { class R extends RegExp { [Symbol.split](s) { return ['sub']; } } return 'x'.split(new R('x')).join(); });
t('RegExp Symbol.match getter', () => { const r = /a/; let n = 0; Object.defineProperty(r, Symbol.match, { get() { n++; return true; } }); new RegExp(r); return n; });
// expect: replace hook abc|R
// expect: replaceAll hook hooked
// expect: split hook a-b,3
// expect: match hook m:abc
// expect: matchAll hook ma:abc
// expect: search hook 42
// expect: hook null falls back a|b
// expect: hook not callable threw TypeError
// expect: hook getter throws threw URIError
// expect: replaceAll non-global regexp threw TypeError
// expect: replaceAll flags getter ok
// expect: replaceAll flags null threw TypeError
// expect: matchAll non-global threw TypeError
// expect: startsWith regexp threw TypeError
// expect: startsWith regexp match false true
// expect: includes regexp-like threw TypeError
// expect: endsWith true
// expect: replace fn called with xobject3y
// expect: replace string $ a$-b-a-cc
// expect: replaceAll empty .a.b.c.
// expect: split empty a|b 0 1
// expect: split limit 0 0
// expect: split limit 2**32 0
// expect: split limit -1 2
// expect: Symbol.split on RegExp subclass sub
// expect: RegExp Symbol.match getter 1
