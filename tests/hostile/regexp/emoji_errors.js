// properties of strings need v, cannot be negated, and cannot stand in a negated class
for (var src of ['\\p{RGI_Emoji}', '\\P{RGI_Emoji}', '[^\\p{RGI_Emoji}]', '\\p{Basic_Emoji}']) {
  for (var flags of ['u', 'v']) {
    try { new RegExp(src, flags); console.log(src, flags, 'ok'); } catch (e) { console.log(src, flags, e.name, e.message); }
  }
}
// expect: \p{RGI_Emoji} u SyntaxError Invalid regular expression: /\p{RGI_Emoji}/u: Invalid property name
// expect: \p{RGI_Emoji} v ok
// expect: \P{RGI_Emoji} u SyntaxError Invalid regular expression: /\P{RGI_Emoji}/u: Invalid property name
// expect: \P{RGI_Emoji} v SyntaxError Invalid regular expression: /\P{RGI_Emoji}/v: Invalid property name
// expect: [^\p{RGI_Emoji}] u SyntaxError Invalid regular expression: /[^\p{RGI_Emoji}]/u: Invalid property name in character class
// expect: [^\p{RGI_Emoji}] v SyntaxError Invalid regular expression: /[^\p{RGI_Emoji}]/v: Negated character class may contain strings
// expect: \p{Basic_Emoji} u SyntaxError Invalid regular expression: /\p{Basic_Emoji}/u: Invalid property name
// expect: \p{Basic_Emoji} v ok
