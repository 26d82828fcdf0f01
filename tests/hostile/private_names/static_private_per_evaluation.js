// Static private fields and methods of classes evaluated in a loop live on their own
// class only.
var made = [];
for (let i = 0; i < 3; i++) {
  made.push(class K {
    static #count = i;
    static #twice() { return K.#count * 2 }
    static count(C) { return C.#count }
    static twice(C) { return C.#twice() }
    static has(C) { return #count in C }
  });
}
console.log(made.map(K => K.count(K)).join(), made.map(K => K.twice(K)).join());
console.log(made[0].has(made[0]), made[0].has(made[1]), made[2].has(made[1]));
try { made[0].count(made[1]) } catch (e) { console.log(e.name + ': ' + e.message) }
try { made[1].twice(made[2]) } catch (e) { console.log(e.name + ': ' + e.message) }
// a subclass does not inherit static private elements
class Sub extends made[0] {}
try { made[0].count(Sub) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: 0,1,2 0,2,4
// expect: true false false
// expect: TypeError: Cannot read private member #count from an object whose class did not declare it
// expect: TypeError: Receiver must be class K
// expect: TypeError: Cannot read private member #count from an object whose class did not declare it
