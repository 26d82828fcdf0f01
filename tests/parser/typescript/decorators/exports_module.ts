// exported decorated classes (the module prints its own exports' names)
import * as self from "./exports_module.mjs";
function d(value, context) {
  console.log(context.kind, String(context.name));
  if (context.kind === "class") return class extends value { static replaced = true; };
}
@d export class A { @d m() {} }
export @d class B { @d static s = 1; }
export default @d class { @d x = 1; }
export class C { @d f() {} }
console.log(A.replaced, B.replaced, B.s, C.name);
setTimeout(() => {
  console.log(self.A === A, self.default.name, self.default.replaced, new self.default().x, Object.keys(self).join(","));
});
