function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('lone surrogate length', () => '\ud800'.length + ' ' + '\ud800'.codePointAt(0));
t('codePointAt mid pair', () => '\ud83d\ude00'.codePointAt(1));
t('fromCodePoint bad', () => String.fromCodePoint(0x110000));
t('fromCodePoint fraction', () => String.fromCodePoint(1.5));
t('fromCodePoint -0', () => String.fromCodePoint(-0).length);
t('fromCharCode wrap', () => String.fromCharCode(0x10041, -65535));
t('at', () => ['abc'.at(-1), 'abc'.at(5), 'abc'.at(-4)].join('|'));
t('upper ß', () => 'ß'.toUpperCase() + ' ' + 'ﬁ'.toUpperCase());
t('lower İ', () => 'İ'.toLowerCase().length);
t('final sigma', () => 'ΑΣ'.toLowerCase());
t('normalize', () => ['\u0041\u030a'.normalize('NFC').length, '\u00c5'.normalize('NFD').length, '\ufb01'.normalize('NFKC')].join());
t('normalize bad form', () => 'a'.normalize('nfc'));
t('isWellFormed', () => ['a\ud800'.isWellFormed(), 'a\ud83d\ude00'.isWellFormed(), 'x\udc00'.toWellFormed().charCodeAt(1).toString(16)].join());
t('padStart odd', () => ['x'.padStart(5, 'ab'), 'x'.padStart(3, ''), 'x'.padEnd(4, { toString() { return '12'; } }), 'abc'.padStart(2)].join('|'));
t('padStart huge fails', () => 'x'.padStart(2 ** 31, 'y'));
t('repeat -1', () => 'a'.repeat(-1));
t('repeat Infinity', () => 'a'.repeat(Infinity));
t('repeat empty huge', () => ''.repeat(2 ** 30).length);
t('trim unicode spaces', () => JSON.stringify('\u00a0\u2028\ufeffx\u3000\u180e'.trim()));
t('split surrogates', () => '\ud83d\ude00'.split('').length + ' ' + [...'\ud83d\ude00'].length);
t('substr odd', () => ['abc'.substr(-2), 'abc'.substr(1, -1), 'abc'.substring(2, 0), 'abc'.slice(2, 0)].join('|'));
t('localeCompare basic', () => ['a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a')].join());
t('string compare code units', () => ['\ud83d\ude00' > '\uffff', 'Z' < 'a', 'a' < 'aa'].join());
t('encodeURIComponent lone', () => encodeURIComponent('\ud800'));
t('encodeURI pair', () => encodeURI('\ud83d\ude00 ?#'));
t('decodeURIComponent bad', () => decodeURIComponent('%E0%A4%A'));
t('decodeURIComponent overlong', () => decodeURIComponent('%C0%80'));
t('decodeURI keeps reserved', () => decodeURI('%23%3F%41'));
t('escape/unescape', () => escape('ä b\u0100+') + ' ' + unescape('%u0041%41%zz'));
t('String.raw surrogates', () => String.raw`\ud800`.length);
t('string object indices', () => { const s = new String('ab'); s[5] = 'x'; return Object.keys(s).join() + ' ' + s.length; });
t('string object define index', () => Object.defineProperty(new String('ab'), '0', { value: 'z' }));
t('string index write strict', () => { 'use strict'; const s = new String('ab'); s[0] = 'z'; });
t('string index delete', () => delete new String('ab')[0]);
t('string length non-writable', () => { 'use strict'; const s = new String('ab'); s.length = 5; });
// expect: lone surrogate length 1 55296
// expect: codePointAt mid pair 56832
// expect: fromCodePoint bad threw RangeError
// expect: fromCodePoint fraction threw RangeError
// expect: fromCodePoint -0 1
// expect: fromCharCode wrap A
// expect: at c||
// expect: upper ß SS FI
// expect: lower İ 2
// expect: final sigma ας
// expect: normalize 1,2,fi
// expect: normalize bad form threw RangeError
// expect: isWellFormed false,true,fffd
// expect: padStart odd ababx|x|x121|abc
// expect: padStart huge fails threw RangeError
// expect: repeat -1 threw RangeError
// expect: repeat Infinity threw RangeError
// expect: repeat empty huge 0
// expect: trim unicode spaces "x　᠎"
// expect: split surrogates 2 1
// expect: substr odd bc||ab|
// expect: localeCompare basic -1,1,0
// expect: string compare code units false,true,true
// expect: encodeURIComponent lone threw URIError
// expect: encodeURI pair %F0%9F%98%80%20?#
// expect: decodeURIComponent bad threw URIError
// expect: decodeURIComponent overlong threw URIError
// expect: decodeURI keeps reserved %23%3FA
// expect: escape/unescape %E4%20b%u0100+ AA%zz
// expect: String.raw surrogates 6
// expect: string object indices 0,1,5 2
// expect: string object define index threw TypeError
// expect: string index write strict threw TypeError
// expect: string index delete false
// expect: string length non-writable threw TypeError
