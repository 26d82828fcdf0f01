// Nested proxies are shown as the innermost target, running no trap of any level
// (Node unwraps one level only, and the inner get trap throws from console.log).
const inner = new Proxy([1, 2], { get() { throw new Error('inner'); } });
const outer = new Proxy(inner, { ownKeys() { throw new Error('outer'); } });
console.log(outer);
throw outer;
// expect: [ 1, 2 ]
// expect uncaught: [ 1, 2 ]
