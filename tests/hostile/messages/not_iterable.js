// iterating a primitive that is not iterable
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => { for (var x of true); });
report(() => { var [a] = 1; });
// expect: TypeError: true is not iterable
// expect: TypeError: 1 is not iterable
