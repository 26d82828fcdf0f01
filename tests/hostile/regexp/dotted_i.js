// U+0130 and U+0131 (Turkish dotted and dotless i)
console.log(/\u0130/i.test('i'), /\u0130/i.test('I'), /i/i.test('\u0130'), /\u0131/i.test('I'), /\u0131/i.test('i'), /I/i.test('\u0131'));
console.log(/\u0130/iu.test('i'), /\u0131/iu.test('I'), /i/iu.test('\u0131'), /I/iu.test('\u0130'), /i/iu.test('I'), /\u0131/iv.test('\u0131'), /xi+/iu.exec('XiIi')[0]);
// expect: false false false false false false
// expect: false false false false true true XiIi
