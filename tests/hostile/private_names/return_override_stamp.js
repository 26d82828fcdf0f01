// The return-override trick stamps private fields on any object; with classes made by a
// factory, each stamp is separate.
class Base { constructor(o) { return o } }
function stamper(label) {
  return class extends Base {
    #label = label;
    static label(o) { return #label in o ? o.#label : 'none' }
  };
}
var S1 = stamper('one'), S2 = stamper('two');
var target = {};
new S1(target);
console.log(S1.label(target), S2.label(target));
new S2(target);
console.log(S1.label(target), S2.label(target));
try { new S1(target) } catch (e) { console.log(e.name + ': ' + e.message) }
var frozen = Object.freeze({});
new S2(frozen);
console.log(S2.label(frozen), Object.isFrozen(frozen));

// expect: one none
// expect: one two
// expect: TypeError: Cannot initialize #label twice on the same object
// expect: two true
