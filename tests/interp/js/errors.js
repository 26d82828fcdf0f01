// errors with stacks, uncaught errors, thrown primitives
function where() { return new Error('here').stack }
console.log(where());
// expect: Error: here
// expect:     at where (errors.js:2:27)
// expect:     at errors.js:3:13
try { undefined.prop } catch (e) { console.log(e.constructor.name + ': ' + e.message) }
// expect: TypeError: Cannot read properties of undefined (reading 'prop')
try { (void 0)() } catch (e) { console.log(e.message) }
// expect: undefined is not a function
try { throw { custom: 1 } } catch (e) { console.log(e.custom) }
// expect: 1
console.log(new Error('m', { cause: 'c' }).cause, new TypeError('t') instanceof Error);
// expect: c true
function thrower() { throw new RangeError('bad range') }
thrower();
// expect uncaught: RangeError: bad range
