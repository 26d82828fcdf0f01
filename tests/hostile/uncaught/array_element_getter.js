// An array element that is a throwing getter.
const a = [1];
Object.defineProperty(a, 1, { get() { throw new Error('elem'); }, enumerable: true });
console.log(a);
throw a;
// expect: [ 1, [Getter] ]
// expect uncaught: [ 1, [Getter] ]
