// a prototype chain of 3000 arrays: arrays are walked like ordinary objects
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let arr = [5];
for (let i = 0; i < 3000; i++) { const n = []; Object.setPrototypeOf(n, arr); arr = n; }
console.log(arr[0], 0 in arr, arr.length);
arr[1] = 6;
console.log(arr[1], arr.length);

// expect: 5 true 0
// expect: 6 2
