// util.types: each predicate over values of every kind
const { types } = require('util');
function* gen() {}
async function af() {}
async function* ag() {}
const values = {
  promise: Promise.resolve(), thenable: { then() {} }, regexp: /x/, date: new Date(), map: new Map(),
  set: new Set(), weakmap: new WeakMap(), weakset: new WeakSet(), u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), f64: new Float64Array(1), big64: new BigInt64Array(1),
  buffer: Buffer.alloc(1), ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)),
  proxy: new Proxy({}, {}), genfn: gen, genobj: gen(), asyncfn: af, asyncgen: ag, asyncgenobj: ag(),
  arrow: () => {}, boxedNum: new Number(1), boxedStr: new String('s'), boxedBool: new Boolean(false),
  boxedBig: Object(1n), boxedSym: Object(Symbol('s')), error: new TypeError('x'),
  fakeError: Object.create(Error.prototype), mapIter: new Map().keys(), setIter: new Set().values(),
  args: (function () { return arguments; })(), plain: {}, array: [], num: 1, str: 's', nul: null,
};
const names = Object.keys(types).sort();
console.log(names.length, names.join(' '));
for (const [label, value] of Object.entries(values)) {
  console.log(label.padEnd(12), names.filter((n) => types[n](value)).join(' '));
}
console.log(types.isProxy(new Proxy(function () {}, {})), types.isAsyncFunction(async () => {}), types.isGeneratorFunction(async function* () {}));
