// 'in' on a primitive right-hand side
function report(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); } }
report(() => 'x' in true);
report(() => 'x' in 'abc');
report(() => 'x' in 10n);
report(() => 'x' in Symbol('s'));
report(() => 'x' in -0);
report(() => 'x' in undefined);
report(() => 1 in null);
// expect: TypeError: Cannot use 'in' operator to search for 'x' in true
// expect: TypeError: Cannot use 'in' operator to search for 'x' in abc
// expect: TypeError: Cannot use 'in' operator to search for 'x' in 10
// expect: TypeError: Cannot use 'in' operator to search for 'x' in Symbol(s)
// expect: TypeError: Cannot use 'in' operator to search for 'x' in 0
// expect: TypeError: Cannot use 'in' operator to search for 'x' in undefined
// expect: TypeError: Cannot use 'in' operator to search for '1' in null
