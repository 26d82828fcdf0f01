// the parts of RGI_Emoji: keycaps, flags, tag sequences, modifier and ZWJ sequences, basic emoji
console.log(/^\p{Emoji_Keycap_Sequence}$/v.test('#\uFE0F\u20E3'), /^\p{Emoji_Keycap_Sequence}$/v.test('#\u20E3'));
console.log(/^\p{RGI_Emoji_Flag_Sequence}$/v.test('\u{1F1EF}\u{1F1F5}'), /^\p{RGI_Emoji_Flag_Sequence}$/v.test('\u{1F1EF}'));
console.log(/^\p{RGI_Emoji_Tag_Sequence}$/v.test('\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'));
console.log(/^\p{RGI_Emoji_Modifier_Sequence}$/v.test('\u{1F44B}\u{1F3FB}'), /^\p{RGI_Emoji_Modifier_Sequence}$/v.test('\u{1F44B}'));
console.log(/^\p{RGI_Emoji_ZWJ_Sequence}$/v.test('\u{1F468}\u200D\u{1F373}'), /^\p{Basic_Emoji}$/v.test('\u{1F680}'), /^\p{Basic_Emoji}$/v.test('\u2764\uFE0F'));
// expect: true false
// expect: true false
// expect: true
// expect: true false
// expect: true true true
