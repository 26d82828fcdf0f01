// Private getters and setters of classes evaluated in a loop: each class reaches only
// its own accessor pair.
var made = [];
for (var i = 0; i < 2; i++) {
  made.push(class {
    #v = 0;
    get #a() { return 'get' + this.#v }
    set #a(x) { this.#v = x }
    get #ro() { return 'ro' }
    static get(o) { return o.#a }
    static set(o, x) { o.#a = x; return o.#a }
    static writeRo(o) { o.#ro = 1 }
  });
}
var a = new made[0](), b = new made[1]();
console.log(made[0].get(a), made[0].set(a, 5), made[1].get(b), made[1].set(b, 7));
console.log(made[0].get(a), made[1].get(b));
try { made[0].get(b) } catch (e) { console.log(e.name + ': ' + e.message) }
try { made[1].set(a, 1) } catch (e) { console.log(e.name + ': ' + e.message) }
try { made[0].writeRo(a) } catch (e) { console.log(e.name + ': ' + e.message) }
try { made[0].writeRo(b) } catch (e) { console.log(e.name + ': ' + e.message) }

// expect: get0 get5 get0 get7
// expect: get5 get7
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: '#ro' was defined without a setter
// expect: TypeError: Receiver must be an instance of class anonymous
