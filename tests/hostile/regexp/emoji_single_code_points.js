// emoji of one code point still match as one code point, and plain text does not
var text = 'I \u2764\uFE0F JS \u{1F680}\u{1F680} 42 #';
console.log(text.match(/\p{RGI_Emoji}/gv).length, /\p{RGI_Emoji}/v.test('42 #'));
console.log(text.split(/\p{RGI_Emoji}/v).length);
// expect: 3 false
// expect: 4
