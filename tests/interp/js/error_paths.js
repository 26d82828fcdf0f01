// each kind of error the VM raises, caught and reported as a JS error (name: message)
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
report(() => { tdz; let tdz = 1; });
// expect: ReferenceError: Cannot access 'tdz' before initialization
report(() => { const c = 1; c = 2; });
// expect: TypeError: Assignment to constant variable.
report(() => { var o = {}; o.method(); });
// expect: TypeError: (intermediate value).method is not a function
report(() => { new (() => 1)(); });
// expect: TypeError: (intermediate value) is not a constructor
report(() => { null.x; });
// expect: TypeError: Cannot read properties of null (reading 'x')
report(() => { undefined.x = 1; });
// expect: TypeError: Cannot set properties of undefined (setting 'x')
report(() => { var [a] = 1; });
// expect: TypeError: 1 is not iterable
report(() => { var {b} = null; });
// expect: TypeError: Cannot destructure 'null' as it is null.
report(() => { class A { constructor() { this.x; } } class B extends A { constructor() { this.y = 1; } } new B(); });
// expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
report(() => { class C { #p; static get(o) { return o.#p; } } C.get({}); });
// expect: TypeError: Cannot read private member #p from an object whose class did not declare it
report(() => { function* g() { it.next(); } var it = g(); it.next(); });
// expect: TypeError: Generator is already running
report(() => { (function f() { f(); })(); });
// expect: RangeError: Maximum call stack size exceeded
report(() => { 1n + 1; });
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
report(() => { Symbol() + ''; });
// expect: TypeError: Cannot convert a Symbol value to a string
report(() => { ({}) instanceof 1; });
// expect: TypeError: Right-hand side of 'instanceof' is not an object
report(() => { 'x' in 1; });
// expect: TypeError: Cannot use 'in' operator to search for 'x' in 1
report(() => { eval('a b'); });
// expect: SyntaxError: Unexpected identifier 'b' (error_paths.js:1:3)
report(() => { new Function('return +'); });
// expect: SyntaxError: Unexpected token '}' (anonymous:4:1)
report(() => { Object.defineProperty(Object.freeze({}), 'x', { value: 1 }); });
// expect: TypeError: Cannot redefine property: x
