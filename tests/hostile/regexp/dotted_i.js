// U+0130 and U+0131 (Turkish dotted and dotless i)
console.log(/\u0130/i.test('i'), /\u0130/i.test('I'), /i/i.test('\u0130'), /\u0131/i.test('I'), /\u0131/i.test('i'), /I/i.test('\u0131'));
// expect: false false false false false false
