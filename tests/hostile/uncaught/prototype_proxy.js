// An object whose prototype is a proxy with throwing traps: console.log walks the
// chain for the constructor's name and the tag, running them (as Node does); the
// uncaught printer stops at the proxy (tests/test_cli_hostile.py).
const o = Object.create(new Proxy({}, {
  getPrototypeOf() { throw new Error('p'); },
  get() { throw new Error('g'); },
  getOwnPropertyDescriptor() { throw new Error('d'); },
}));
o.k = 1;
try { console.log(o); } catch (e) { console.log('console.log threw'); }
console.log(Object.keys(o));
// expect: console.log threw
// expect: [ 'k' ]
