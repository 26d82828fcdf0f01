// DataCloneError messages name the value
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => structuredClone(Symbol('s')));
report(() => structuredClone(() => 1));
report(() => structuredClone({f: function named() { return 1; }}));
report(() => structuredClone(new WeakMap()));
console.log(structuredClone([1, {a: 'b'}, new Map([[1, 2]])]).length);
// expect: DataCloneError: Symbol(s) could not be cloned.
// expect: DataCloneError: () => 1 could not be cloned.
// expect: DataCloneError: function named() { return 1; } could not be cloned.
// expect: DataCloneError: #<WeakMap> could not be cloned.
// expect: 3
