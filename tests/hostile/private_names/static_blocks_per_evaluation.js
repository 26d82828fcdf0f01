// Static blocks run once per class evaluation, with that evaluation's private names.
var log = [];
var made = [];
for (var i = 0; i < 3; i++) {
  made.push(class K {
    static #hidden;
    static { K.#hidden = 'h' + i; log.push(#hidden in K) }
    static hidden(C) { return C.#hidden }
  });
}
console.log(log.join(), made.map(K => K.hidden(K)).join());
try { made[0].hidden(made[2]) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: true,true,true h0,h1,h2
// expect: TypeError: Cannot read private member #hidden from an object whose class did not declare it
