// U+00B5 MICRO SIGN uppercases to U+039C GREEK CAPITAL MU
console.log(/\u00b5/i.test('\u039c'), /\u00b5/i.test('\u03bc'), /\u03bc/i.test('\u00b5'), /\u039c/i.test('\u00b5'));
console.log(/[\u00b5]/i.test('\u03bc'), /[^\u00b5]/i.test('\u03bc'), /[\u00b0-\u00bf]/i.test('\u039c'));
// expect: true true true true
// expect: true false true
