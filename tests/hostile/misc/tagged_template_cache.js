// Template objects: one per site, frozen, with raw.
function tag(s) { return s; }
function site() { return tag`a${1}b`; }
const s1 = site(), s2 = site();
console.log(s1 === s2, Object.isFrozen(s1), Object.isFrozen(s1.raw), s1.length, s1.raw.join('|'));
console.log(tag`a${1}b` === tag`a${1}b`);
const make = () => tag`x`;
console.log(make() === make());
const viaEval = () => eval('tag`e`');
console.log(viaEval() === viaEval());
function loop() { const r = []; for (let i = 0; i < 3; i++) r.push(tag`l${i}`); return r[0] === r[1] && r[1] === r[2]; }
console.log(loop());
console.log(tag`\unicode`[0], tag`\unicode`.raw[0]);
try { eval('`\\unicode`'); } catch (e) { console.log('untagged bad escape:', e.name); }
console.log(String.raw`a\n${'X'}b`, String.raw({ raw: 'abc' }, 1, 2, 3, 4));
console.log(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, '-'));
try { String.raw({}); } catch (e) { console.log('raw missing:', e.name); }
console.log(String.raw({ raw: { length: -1 } }) === '');
const memberTag = { t(s, ...v) { return this === memberTag && v.join('+'); } };
console.log(memberTag.t`${1}${2}`);
console.log((function () { return tag`${this}`; })().length);
const cooked = (s => s)`\x41${0}\u{42}`;
console.log(cooked[0], cooked[1], cooked.raw[0]);
console.log(new Function('tag', 'return tag`f`')(tag) === new Function('tag', 'return tag`f`')(tag));
// expect: true true true 2 a|b
// expect: false
// expect: true
// expect: false
// expect: true
// expect: undefined \unicode
// expect: untagged bad escape: SyntaxError
// expect: a\nXb a1b2c
// expect: p-q
// expect: raw missing: TypeError
// expect: true
// expect: 1+2
// expect: 2
// expect: A B \x41
// expect: false
