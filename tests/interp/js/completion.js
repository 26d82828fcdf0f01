// 14 completion values seen through eval: UpdateEmpty(C, undefined) for if, loops,
// switch, with and try; a finally block's normal completion keeps the value it found
console.log(eval('1; do { } while (false)'), eval('2; do { 3; } while (false)'), eval('1; if (true) {}'), eval('1; if (false) 2;'));
// expect: undefined 3 undefined undefined
console.log(eval('1; while (false);'), eval('1; for (var x in {}) ;'), eval('1; for (var y of []) ;'), eval('1; switch (1) {}'), eval('1; with ({}) {}'));
// expect: undefined undefined undefined undefined undefined
console.log(eval('1; {}'), eval('1; var z = 2;'), eval('4; do { 5; break; } while (0)'), eval('1; x: { 2; break x; }'));
// expect: 1 1 5 2
console.log(eval('1; try {} finally { 2 }'), eval('1; try { 2; throw 0 } catch (e) {}'), eval('1; try { 2 } catch (e) { 3 }'), eval('1; try { throw 0 } catch (e) { 3 }'));
// expect: undefined undefined 2 3
console.log(eval('l: try {} finally { 3; break l; }'), eval('1; try { 5 } finally { 6 }'));
// expect: 3 5
