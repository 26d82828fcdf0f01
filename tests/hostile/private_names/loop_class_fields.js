// 15.7.14: each evaluation of a class makes new Private Names, so classes made by one
// class expression in a loop do not share #x: brand checks fail across them.
var classes = [];
for (var i = 0; i < 3; i++) {
  classes.push(class {
    #x = i * 10;
    static has(o) { return #x in o }
    static read(o) { return o.#x }
    static write(o, v) { o.#x = v; return o.#x }
  });
}
var objs = classes.map(C => new C());
for (var a = 0; a < 3; a++) {
  var row = [];
  for (var b = 0; b < 3; b++) {
    var r;
    try { r = classes[a].read(objs[b]) } catch (e) { r = e.name }
    row.push(classes[a].has(objs[b]) + ':' + r);
  }
  console.log(row.join(' '));
}
try { classes[0].write(objs[1], 1) } catch (e) { console.log(e.name + ': ' + e.message) }
try { classes[2].read({}) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(classes[1].write(objs[1], 'w'), classes[1].read(objs[1]));

// expect: true:30 false:TypeError false:TypeError
// expect: false:TypeError true:30 false:TypeError
// expect: false:TypeError false:TypeError true:30
// expect: TypeError: Cannot write private member #x to an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: w w
