// exported legacy-decorated classes
import * as self from "./legacy_exports_module.mjs";
function d(...args) {
  console.log(args.length, typeof args[0], String(args[1]));
  if (args.length === 1) return class extends args[0] { static replaced = true; };
}
@d export class A { @d m() {} static self = A; }
export default @d class { @d x = 1; }
export class C { @d f() {} }
console.log(A.replaced, A.self === A, C.name);
setTimeout(() => {
  console.log(self.A === A, self.default.name, self.default.replaced, new self.default().x, Object.keys(self).join(","));
});
