// a property of strings inside a v-mode class: its strings come first, longest first
console.log('a\u{1F44D}\u{1F3FD}b'.match(/[\p{RGI_Emoji}a-z]/gv).length);
console.log(/^[\p{RGI_Emoji_Flag_Sequence}\q{abc}]+$/v.test('abc\u{1F1E9}\u{1F1EA}abc'));
console.log('x1\uFE0F\u20E3y'.replace(/[\p{Emoji_Keycap_Sequence}]/v, '#'));
// expect: 3
// expect: true
// expect: x#y
