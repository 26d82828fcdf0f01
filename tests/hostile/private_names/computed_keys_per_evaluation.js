// Computed field keys are evaluated once per class evaluation; a class evaluated in a
// loop keeps the keys of its own evaluation.
var made = [];
for (let i = 0; i < 3; i++) {
  made.push(class {
    ['f' + i] = i;
    static ['s' + i] = -i;
    #p = i;
    get [`g${i}`]() { return this.#p }
  });
}
console.log(made.map(K => Object.keys(new K()).join('|')).join(' '));
console.log(made.map((K, i) => K['s' + i]).join(' '));
console.log(made.map((K, i) => new K()['g' + i]).join(' '));

// expect: f0 f1 f2
// expect: 0 -1 -2
// expect: 0 1 2
