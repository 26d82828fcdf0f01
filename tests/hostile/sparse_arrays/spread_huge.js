// spreading a long array into a call overflows V8's stack
function f() { return arguments.length; }
var big = Array(130000);
try { f(...big); } catch (e) { console.log(e.name, e.message); }
try { new f(...big); } catch (e) { console.log(e.name, e.message); }
console.log(f(...Array(1000)));
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1000
