// A proxy of a function, its get trap throwing.
const p = new Proxy(function named() {}, { get() { throw new Error('g'); } });
console.log(p);
throw p;
// expect: [Function: named]
// expect uncaught: [Function: named]
