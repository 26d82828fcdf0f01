// WeakRef, WeakMap, WeakSet and FinalizationRegistry refuse values that cannot be held weakly
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => new WeakRef(true));
report(() => new WeakRef(Symbol.for('registered')));
report(() => new WeakMap().set(true, 1));
report(() => new WeakMap([[1, 2]]));
report(() => new WeakSet().add(false));
report(() => new WeakSet([null]));
report(() => new FinalizationRegistry(() => {}).register(true));
console.log(new WeakRef(Symbol('unregistered')).deref().toString());
// expect: TypeError: WeakRef: invalid target
// expect: TypeError: WeakRef: invalid target
// expect: TypeError: Invalid value used as weak map key
// expect: TypeError: Invalid value used as weak map key
// expect: TypeError: Invalid value used in weak set
// expect: TypeError: Invalid value used in weak set
// expect: TypeError: FinalizationRegistry.prototype.register: invalid target
// expect: Symbol(unregistered)
