// a prototype chain through 3000 String objects and arguments objects (exotic [[Get]])
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let o = {};
for (let i = 0; i < 3000; i++) { const s = new String('ab'); Object.setPrototypeOf(s, o); o = s; }
report(() => o.missing);
report(() => 'missing' in o);
report(() => { o.missing = 1; });
console.log(o[0], o.length);

// expect: no error
// expect: no error
// expect: no error
// expect: a 2
