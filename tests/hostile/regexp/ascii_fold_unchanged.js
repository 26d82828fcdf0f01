// plain ASCII case-insensitive matching
console.log(/hello/i.test('HeLLo'), /[a-c]+/i.exec('xxABcab')[0], 'ABCabc'.replace(/b/gi, '-'), /^\w+$/i.test('AbC_1'));
console.log('Straße STRASSE'.match(/stra/gi).length, /\x41/i.test('a'), /\u0061/i.test('A'), /[\x41-\x43]/i.test('b'));
// expect: true ABcab A-Ca-c true
// expect: 2 true true true
