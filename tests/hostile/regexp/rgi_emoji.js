// \p{RGI_Emoji} with the v flag matches whole emoji sequences
var s = 'hi \u{1F44D}\u{1F3FD} and \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}!';
console.log(s.match(/\p{RGI_Emoji}/gv).map(function (e) { return e.length; }).join());
console.log(/^\p{RGI_Emoji}$/v.test('\u{1F600}'), /^\p{RGI_Emoji}$/v.test('a'), /^\p{RGI_Emoji}$/v.test('\u{1F1EB}\u{1F1F7}'));
console.log(s.replace(/\p{RGI_Emoji}/gv, '*'));
// expect: 4,11
// expect: true false true
// expect: hi * and *!
