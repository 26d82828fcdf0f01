// a callee that is an object with no name to show is (intermediate value)
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => new (() => 1)());
report(() => new Set().union());
report(() => new Map().nope());
report(() => [].x.y);
// expect: TypeError: (intermediate value) is not a constructor
// expect: TypeError: (intermediate value).union is not a function
// expect: TypeError: (intermediate value).nope is not a function
// expect: TypeError: Cannot read properties of undefined (reading 'y')
