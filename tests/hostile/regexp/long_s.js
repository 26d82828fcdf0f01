// U+017F LATIN SMALL LETTER LONG S uppercases to ASCII S: refused without u, folded with u
console.log(/\u017F/i.test('s'), /\u017F/i.test('S'), /s/i.test('\u017F'), /S/i.test('\u017F'), /\u017F/i.test('\u017F'));
console.log(/\u017F/iu.test('s'), /s/iu.test('\u017F'), /\w/iu.test('\u017F'), /\W/iu.test('\u017F'), /\W/i.test('\u017F'));
console.log('\u017Fs'.replace(/S/gi, '_'), '\u017Fs'.replace(/S/giu, '_'));
// expect: false false false false true
// expect: true true true false true
// expect: ſ_ __
