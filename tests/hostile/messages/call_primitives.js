// calling a primitive names it as V8 does: true, not a Python True
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => true());
report(() => false());
report(() => undefined());
report(() => null());
report(() => (1)());
report(() => new (true)());
// expect: TypeError: true is not a function
// expect: TypeError: false is not a function
// expect: TypeError: undefined is not a function
// expect: TypeError: null is not a function
// expect: TypeError: 1 is not a function
// expect: TypeError: true is not a constructor
