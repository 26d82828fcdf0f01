const seen: string[] = [];
function prop(target: any, key: string) {
  seen.push(key + ":" + (typeof target === "function" ? "static" : "instance"));
}
class P {
  @prop name: string = "n";
  @prop static count = 0;
}
console.log(seen, new P().name, Object.keys(new P()));
