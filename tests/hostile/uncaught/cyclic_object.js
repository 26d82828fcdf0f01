// A cyclic object: Node's <ref *1> and [Circular *1].
const o = { a: 1 };
o.self = o;
console.log(o);
throw o;
// expect: <ref *1> { a: 1, self: [Circular *1] }
// expect uncaught: <ref *1> { a: 1, self: [Circular *1] }
