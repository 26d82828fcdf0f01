// U+0345 COMBINING GREEK YPOGEGRAMMENI and U+1FBE uppercase to U+0399; U+1F80 uppercases to two units
console.log(/\u0345/i.test('\u0399'), /\u0345/i.test('\u03b9'), /\u1fbe/i.test('\u0399'), /\u1fbe/i.test('\u0345'));
console.log(/\u1f80/i.test('\u1f88'), /\u1f88/i.test('\u1f80'), /\u1f80/iu.test('\u1f88'));
// expect: true true true true
// expect: false false true
