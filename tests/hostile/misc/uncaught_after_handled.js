// A rejection handled late (in a later microtask) is not an uncaught error; a later throw is.
const p = Promise.reject(new RangeError('handled later'));
Promise.resolve().then(() => p.catch(e => console.log('caught', e.name)));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => { console.log('timer'); null.boom; }, 1);
// expect: microtask
// expect: caught RangeError
// expect: timer
// expect uncaught: TypeError: Cannot read properties of null (reading 'boom')
