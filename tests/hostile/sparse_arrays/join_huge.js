// join of a huge sparse array: the separators alone would pass V8's string length limit
const N = 2 ** 32 - 1;
var a = []; a[0] = 'a'; a[N - 1] = 'z';
console.log(a.join(''));
try { a.join(); } catch (e) { console.log(e.name, e.message); }
try { String(a); } catch (e) { console.log(e.name, e.message); }
try { a.toString(); } catch (e) { console.log(e.name, e.message); }
var b = []; b.length = N;
console.log(JSON.stringify(b.join('')));
// expect: az
// expect: RangeError Invalid string length
// expect: RangeError Invalid string length
// expect: RangeError Invalid string length
// expect: ""
