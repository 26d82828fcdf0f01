function enumerable(value: boolean) {
  return function (target: any, key: string, desc: PropertyDescriptor) {
    console.log("method", key, typeof target, typeof desc.value);
    desc.enumerable = value;
  };
}
function wrap(target: any, key: string, desc: PropertyDescriptor) {
  const orig = desc.value;
  desc.value = function (...a: any[]) { return "[" + orig.apply(this, a) + "]"; };
  return desc;
}
class G {
  @enumerable(true) @wrap hello() { return "hi"; }
  @wrap static s() { return "static"; }
}
console.log(new G().hello(), G.s(), Object.keys(G.prototype));
