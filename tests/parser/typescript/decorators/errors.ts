// errors the decorators' protocol throws
function attempt(label, f) {
  try { f(); console.log(label, "no error"); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
attempt("method returns a number", () => { class A { @((v, c) => 42) m() {} } });
attempt("field returns an object", () => { class A { @((v, c) => ({})) f = 1; } });
attempt("class returns a string", () => { @((v, c) => "no") class A {} });
attempt("addInitializer non-function", () => { class A { @((v, c) => { c.addInitializer(5); }) m() {} } });
let saved;
attempt("addInitializer after", () => { class A { @((v, c) => { saved = c; }) m() {} } saved.addInitializer(() => {}); });
attempt("decorator throws", () => { class A { @(() => { throw new RangeError("inside"); }) m() {} } });
// (V8 names the helper's callee expression: only the error's name is compared)
try { const notFn = 3; class A { @notFn m() {} } } catch (e) { console.log("decorator not callable", e.name); }
attempt("initializer throws", () => {
  class A { @((v, c) => () => { throw new Error("init"); }) f = 1; }
  new A();
});
