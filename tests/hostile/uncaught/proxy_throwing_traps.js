// A proxy whose traps throw is shown as its target; no trap runs.
const p = new Proxy({ a: 1 }, {
  ownKeys() { throw new Error('ownKeys'); },
  get() { throw new Error('get'); },
  getPrototypeOf() { throw new Error('getPrototypeOf'); },
  getOwnPropertyDescriptor() { throw new Error('gopd'); },
});
console.log(p);
throw p;
// expect: { a: 1 }
// expect uncaught: { a: 1 }
