// A class made by a factory function: every call gives a class with its own private
// names, so an instance of one is not branded for another.
function makePoint() {
  return class Point {
    #x; #y;
    constructor(x, y) { this.#x = x; this.#y = y }
    static isPoint(o) { return #x in o }
    equals(other) { return this.#x === other.#x && this.#y === other.#y }
  };
}
var P1 = makePoint(), P2 = makePoint();
var a = new P1(1, 2), b = new P1(1, 2), c = new P2(1, 2);
console.log(P1.isPoint(a), P1.isPoint(c), P2.isPoint(c), P2.isPoint(a));
console.log(a.equals(b));
try { a.equals(c) } catch (e) { console.log(e.name + ': ' + e.message) }
try { c.equals(a) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(P1 === P2, P1.name, P2.name);

// expect: true false true false
// expect: true
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: false Point Point
