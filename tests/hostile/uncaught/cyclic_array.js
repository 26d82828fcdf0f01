// An array that contains itself.
const a = [1];
a.push(a);
console.log(a);
Promise.reject(a);
// expect: <ref *1> [ 1, [Circular *1] ]
// expect uncaught: <ref *1> [ 1, [Circular *1] ]
