// a callback that is not a function is named by its value
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => [].forEach(true));
report(() => [1].map({}));
report(() => [].reduce([1, 2], 0));
report(() => [1].filter('abc'));
report(() => Array.from([], Symbol('s')));
report(() => [1].find(-0));
report(() => [1].findLast(null));
report(() => [1].some(/re/));
report(() => [[1]].flatMap(10n));
// expect: TypeError: true is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: [object Array] is not a function
// expect: TypeError: abc is not a function
// expect: TypeError: Symbol(s) is not a function
// expect: TypeError: 0 is not a function
// expect: TypeError: null is not a function
// expect: TypeError: [object RegExp] is not a function
// expect: TypeError: flatMap mapper function is not callable
