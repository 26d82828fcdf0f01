// Symbol.keyFor and the Promise constructor name the value
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => Symbol.keyFor(true));
report(() => Symbol.keyFor('s'));
report(() => new Promise(true));
report(() => new Promise({}));
report(() => new Promise(undefined));
// expect: TypeError: true is not a symbol
// expect: TypeError: s is not a symbol
// expect: TypeError: Promise resolver true is not a function
// expect: TypeError: Promise resolver #<Object> is not a function
// expect: TypeError: Promise resolver undefined is not a function
