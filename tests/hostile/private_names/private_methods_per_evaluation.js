// Private methods belong to one evaluation of the class: #m of one class is not
// installed on instances of another made by the same code.
var made = [];
for (let i = 0; i < 3; i++) {
  made.push(class {
    #m() { return 'm' + i }
    static call(o) { return o.#m() }
    static has(o) { return #m in o }
    static same(a, b) { return a.#m === b.#m }
  });
}
var o0 = new made[0](), o1 = new made[1](), o2 = new made[2]();
console.log(made[0].call(o0), made[1].call(o1), made[2].call(o2));
console.log(made[0].has(o1), made[1].has(o1), made[2].has(o0));
console.log(made[1].same(o1, new made[1]()));
for (const [K, o] of [[made[0], o1], [made[1], o2], [made[2], o0]]) {
  try { K.call(o); console.log('no error') } catch (e) { console.log(e.name + ': ' + e.message) }
}
try { made[0].same(o0, o1) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: m0 m1 m2
// expect: false true false
// expect: true
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
