function readonlyAccessor(target: any, key: string, desc: PropertyDescriptor) {
  console.log("accessor", key, !!desc.get, !!desc.set);
  desc.set = undefined;
  desc.configurable = false;
}
class T {
  private _v = 3;
  @readonlyAccessor get v() { return this._v; }
}
const t = new T();
console.log(t.v, Object.getOwnPropertyDescriptor(T.prototype, "v")!.configurable);
