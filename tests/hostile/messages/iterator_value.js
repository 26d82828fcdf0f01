// an iterator value that is not an entry object is named
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => new Map([true]));
report(() => new Map([1n]));
report(() => new Map([Symbol('e')]));
report(() => new Map(['ab']));
report(() => Object.fromEntries([false]));
report(() => new WeakMap([undefined]));
// expect: TypeError: Iterator value true is not an entry object
// expect: TypeError: Iterator value 1 is not an entry object
// expect: TypeError: Iterator value Symbol(e) is not an entry object
// expect: TypeError: Iterator value ab is not an entry object
// expect: TypeError: Iterator value false is not an entry object
// expect: TypeError: Iterator value undefined is not an entry object
