// context.metadata (Symbol.metadata absent: undefined), context keys, context per decorator
const contexts = [];
function keep(value, context) { contexts.push(context); }
class Base { @keep x = 1; }
@keep class M extends Base { @keep @keep y = 2; @keep static z() {} }
for (const c of contexts) console.log(c.kind, String(c.name), typeof c.metadata, Object.keys(c).join(","));
console.log(contexts[1] !== contexts[2], contexts[1].access !== contexts[2].access);
console.log(typeof Symbol.metadata, Object.getOwnPropertySymbols(M).length);
const sym = Symbol("tag");
const empty = Symbol();
class S { @keep [sym]() {} @keep [empty] = 1; @keep static [Symbol.iterator]() {} }
for (const c of contexts.slice(-3)) console.log(c.kind, typeof c.name, String(c.name));
console.log(S.prototype[sym].name, JSON.stringify(S[Symbol.iterator].name));
