function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const o = { a: { b: () => 'called', c: null }, n: null, f() { return this; } };
t('basic', () => [o?.a?.b(), o.n?.x, o.n?.x.y.z, o.a.c?.d].join());
t('short-circuit args', () => { let n = 0; o.n?.x(n++); o.n?.[n++]; return n; });
t('call undefined method', () => o.missing?.());
t('call non-function', () => o.a.c?.());
t('call on non-callable defined', () => o.a?.());
t('this preserved', () => o?.f() === o && (o?.f)() === o && o.f?.() === o);
t('delete optional', () => { const q = { x: { y: 1 } }; return [delete q?.x.y, delete q.n?.x, JSON.stringify(q)].join(); });
t('optional template', () => eval('o?.a`t`'));
t('optional new', () => eval('new o?.a()'));
t('optional assign', () => eval('o?.a = 1'));
t('private optional', () => { class P { #x = 'px'; static g(v) { return v?.#x; } } return P.g(new P()) + ' ' + P.g(null); });
t('super optional', () => eval('class Q { m() { return super?.x; } }'));
t('nullish', () => [null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd'].join());
t('nullish mix without parens', () => eval('1 || 2 ?? 3'));
t('nullish mix parens', () => (null || undefined) ?? 'ok');
t('logical assign short-circuit', () => { let n = 0; const q = { get v() { return 1; }, set v(x) { n++; } }; q.v ||= 2; q.v &&= 0; q.v ??= 5; return n; });
t('logical assign const', () => { const c = 1; c ||= 2; return c; });
t('logical assign const throws', () => { const c = 0; c ||= 2; });
t('nullish assign undefined prop', () => { const q = {}; q.a ??= 'set'; q.a ??= 'not again'; return q.a; });
t('logical assign name inference', () => { let f; f ??= () => {}; return f.name; });
t('optional call of eval', () => eval?.('1+1'));
t('optional chain on primitive', () => 'abc'?.length + ' ' + (5)?.toFixed?.(1));
t('optional chain in tagged position error', () => eval('a?.b\n`x`'));
// expect: basic called,,,
// expect: short-circuit args 0
// expect: call undefined method undefined
// expect: call non-function undefined
// expect: call on non-callable defined threw TypeError
// expect: this preserved true
// expect: delete optional true,true,{"x":{}}
// expect: optional template threw SyntaxError
// expect: optional new threw SyntaxError
// expect: optional assign threw SyntaxError
// expect: private optional px undefined
// expect: super optional threw SyntaxError
// expect: nullish d,d,0,,false,NaN
// expect: nullish mix without parens threw SyntaxError
// expect: nullish mix parens ok
// expect: logical assign short-circuit 1
// expect: logical assign const 1
// expect: logical assign const throws threw TypeError
// expect: nullish assign undefined prop set
// expect: logical assign name inference f
// expect: optional call of eval 2
// expect: optional chain on primitive 3 5.0
// expect: optional chain in tagged position error threw SyntaxError
