// Private names used from a direct eval inside the class body resolve to the names of
// that evaluation of the class.
var made = [];
for (var i = 0; i < 2; i++) {
  made.push(class {
    #p = 'p' + i;
    #m() { return 'm' }
    static read(o) { return eval('o.#p') }
    static has(o) { return eval('#m in o') }
    static arrow(o) { return eval('(() => o.#p)')() }
    field = eval('this.#p + "!"');
  });
}
var a = new made[0](), b = new made[1]();
console.log(made[0].read(a), made[1].read(b), a.field, b.field);
console.log(made[0].has(a), made[0].has(b), made[1].has(a));
try { made[0].read(b) } catch (e) { console.log(e.name + ': ' + e.message) }
try { made[1].arrow(a) } catch (e) { console.log(e.name + ': ' + e.message) }
try { eval('class X { m() { return this.#nope } }') } catch (e) { console.log(e.name) }

// expect: p2 p2 p2! p2!
// expect: true false false
// expect: TypeError: Cannot read private member #p from an object whose class did not declare it
// expect: TypeError: Cannot read private member #p from an object whose class did not declare it
// expect: SyntaxError
