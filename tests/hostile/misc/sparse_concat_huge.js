// concat with a huge, empty sparse array: V8 sees the result would pass 2**32-1 at once.
const a = [];
a.length = 2 ** 32 - 1;
try { [].concat(a, [1]); } catch (e) { console.log(e.name); }
const b = [];
b.length = 2 ** 32 - 1;
try { console.log(b.concat().length); } catch (e) { console.log(e.name); }
// expect: RangeError
// expect: 4294967295
