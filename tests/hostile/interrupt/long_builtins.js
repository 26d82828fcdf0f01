// long-running built-ins that finish: repeat, join, split, indexOf over large strings
const s = 'ab'.repeat(100000);
console.log(s.length, s.split('b').length, s.indexOf('ba', 199990));
console.log(new Array(50000).join('x').length);
console.log(Array.from({ length: 20000 }, (_, i) => i).join().length);
try { 'x'.repeat(2 ** 31); } catch (e) { console.log(e.name, e.message); }
try { 'x'.repeat(-1); } catch (e) { console.log(e.name, e.message); }

// expect: 200000 100001 199991
// expect: 49999
// expect: 108889
// expect: RangeError Invalid string length
// expect: RangeError Invalid count value: -1
