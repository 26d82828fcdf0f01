// An async function throwing a proxy whose traps throw.
async function f() {
  throw new Proxy({ k: 'v' }, { ownKeys() { throw 1; }, getOwnPropertyDescriptor() { throw 2; } });
}
f();
// expect uncaught: { k: 'v' }
