// a chain of bound functions each adding an argument
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let b = function (...a) { return a.length; };
for (let i = 0; i < 5000; i++) b = b.bind(null, i);
console.log(b());
console.log(b(1, 2));

// expect: 5000
// expect: 5002
