// The Function constructor with odd parameter and body sources.
function t(label, f) {
  try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); }
}
t('comma params', () => Function('a,b', 'c', 'return a+b+c')(1, 2, 3));
t('comment in params', () => Function('a /* x */, b // y\n', 'return a*b')(6, 7));
t('default params', () => Function('a = 2, ...r', 'return a + r.length')(undefined, 1, 2));
t('body closes early', () => Function('}); console.log("injected"); ({'));
t('params close early', () => Function('a) { return 1 }; (function(', 'return 2'));
t('comment opens in params', () => Function('/*', '*/){'));
t('html comment body', () => Function('<!-- hidden\nreturn 5')());
t('empty', () => typeof Function()());
t('non-string args', () => Function({ toString() { return 'x' } }, 'return x * 2')(21));
t('toString throws', () => Function({ toString() { throw new RangeError('p') } }));
t('line separator', () => Function('return "a\u2028b".length')());
t('name', () => Function('return 1').name);
t('toString', () => Function('a', 'b', 'return a').toString().replace(/\n/g, '|'));
t('strict body', () => Function('"use strict"; return this')());
t('sloppy body', () => Function('return this')() === globalThis);
t('yield as param', () => Function('yield', 'return yield')(3));
t('super in body', () => Function('super.x'));
t('new.target', () => typeof new Function('return new.target')());
t('await ident', () => Function('await', 'return await + 1')(1));
t('GeneratorFunction', () => { const G = Object.getPrototypeOf(function* () {}).constructor; return [...G('a', 'yield a; yield a * 2')(4)].join(); });
t('AsyncFunction name', () => Object.getPrototypeOf(async function () {}).constructor('return 1').name);
t('duplicate params strict', () => Function('a, a', '"use strict"'));
t('duplicate params sloppy', () => Function('a, a', 'return a')(1, 2));
// expect: comma params 6
// expect: comment in params 42
// expect: default params 4
// expect: body closes early threw SyntaxError
// expect: params close early threw SyntaxError
// expect: comment opens in params threw SyntaxError
// expect: html comment body 5
// expect: empty undefined
// expect: non-string args 42
// expect: toString throws threw RangeError
// expect: line separator 3
// expect: name anonymous
// expect: toString function anonymous(a,b|) {|return a|}
// expect: strict body undefined
// expect: sloppy body true
// expect: yield as param 3
// expect: super in body threw SyntaxError
// expect: new.target undefined
// expect: await ident 2
// expect: GeneratorFunction 4,8
// expect: AsyncFunction name anonymous
// expect: duplicate params strict threw SyntaxError
// expect: duplicate params sloppy 2
