// A Proxy as the prototype of the global object: identifier lookup goes through it.
const log = [];
const proto = Object.getPrototypeOf(globalThis);
Object.setPrototypeOf(globalThis, new Proxy(proto, {
  has(t, k) { if (typeof k === 'string' && k.startsWith('magic')) { return true; } return Reflect.has(t, k); },
  get(t, k, r) { if (typeof k === 'string' && k.startsWith('magic')) { log.push('get ' + k); return k.length; } return Reflect.get(t, k, r); },
  set(t, k, v, r) { if (k === 'magicSet') { log.push('set ' + k + '=' + v); return true; } return Reflect.set(t, k, v, r); },
}));
console.log(magicOne);
console.log(typeof magicTwo);
console.log(log.join(', '));
log.length = 0;
magicSet = 7;
console.log(log.join(', '), Object.prototype.hasOwnProperty.call(globalThis, 'magicSet'));
try { notMagic; } catch (e) { console.log(e.name); }
console.log('magicX' in globalThis, typeof globalThis.magicABC);
Object.setPrototypeOf(globalThis, proto);
try { magicOne; } catch (e) { console.log('after restore', e.name); }
// expect: 8
// expect: number
// expect: get magicOne, get magicTwo
// expect: set magicSet=7 false
// expect: ReferenceError
// expect: true number
// expect: after restore ReferenceError
