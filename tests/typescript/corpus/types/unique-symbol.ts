const tag: unique symbol = Symbol("tag");
declare const other: unique symbol;
class Holder {
  static readonly key: unique symbol = Symbol("key");
  [tag] = "tagged";
}
interface WithSym { readonly [tag]: string }
const h: WithSym = new Holder();
console.log(h[tag], Holder.key.toString(), tag.description);
