// U+00DF uppercases to "SS" (two units): it matches only itself; U+1E9E uppercases to itself
console.log(/\u00df/i.test('\u1e9e'), /\u1e9e/i.test('\u00df'), /\u00df/i.test('SS'), /ss/i.test('\u00df'));
console.log(/\u00df/iu.test('\u1e9e'), /\u1e9e/iu.test('\u00df'));
// expect: false false false false
// expect: true true
