// util.promisify, callbackify, inherits, isDeepStrictEqual, deprecate's wrapper, legacy is*
const util = require('node:util');
const show = (label, fn) => {
  try { const r = fn(); console.log(label, Array.isArray(r) && r.length > 6 ? r.join() : r); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
function cbStyle(a, b, cb) { if (a < 0) cb(new Error('negative')); else cb(null, a + b, 'extra'); }
cbStyle.extra = 'kept';
const p = util.promisify(cbStyle);
show('promisify', () => [typeof p, p.name, p.extra, p[util.promisify.custom] === p, util.promisify(p) === p]);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
show('custom', () => util.promisify(withCustom) === withCustom[util.promisify.custom]);
show('custom symbol', () => util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
show('promisify bad', () => util.promisify('x'));
show('promisify bad custom', () => { const f = () => {}; f[util.promisify.custom] = 1; return util.promisify(f); });
show('callbackify bad', () => util.callbackify(null));
const cbd = util.callbackify(async (x) => { if (x === 'fail') throw new Error('async fail'); if (x === 'null') return Promise.reject(null); return x * 2; });
show('callbackify shape', () => [cbd.name, cbd.length]);
show('callbackify no cb', () => cbd(1));
(async () => {
  console.log('promisified', await p(1, 2));
  try { await p(-1, 0); } catch (e) { console.log('rejected', e.message); }
  console.log('custom result', await util.promisify(withCustom)());
  const thisArg = { v: 5 };
  const method = util.promisify(function (cb) { cb(null, this.v); });
  console.log('this kept', await method.call(thisArg));
  await new Promise((resolve) => cbd(21, (err, v) => { console.log('callbackified', err, v); resolve(); }));
  await new Promise((resolve) => cbd('fail', (err) => { console.log('callbackified err', err.message); resolve(); }));
  await new Promise((resolve) => cbd('null', (err) => {
    console.log('falsy rejection', err.name, err.code, err.message, err.reason); resolve();
  }));
  console.log('done async');
})();
// inherits
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} speaks`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
show('inherits', () => [new Dog('rex').speak(), Dog.super_ === Animal, new Dog('a') instanceof Animal,
  Object.keys(Dog).length]);
show('inherits bad ctor', () => util.inherits(null, Animal));
show('inherits bad super', () => util.inherits(Dog, undefined));
show('inherits no proto', () => util.inherits(Dog, () => {}));
// deprecate returns a wrapper; the warning is printed on first call (not called here)
const dep = util.deprecate(function old(a) { return a + 1; }, 'old() is deprecated', 'DEP0999');
show('deprecate', () => [typeof dep, dep.name, dep.length]);
show('deprecate bad code', () => util.deprecate(() => {}, 'msg', 5));
// isDeepStrictEqual
const d = util.isDeepStrictEqual;
show('deep', () => [d({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), d({ a: 1 }, { a: '1' }), d([1, 2], [1, 2, 3]),
  d(NaN, NaN), d(0, -0), d(new Date(5), new Date(5)), d(new Date(5), new Date(6)), d(/a/g, /a/g), d(/a/g, /a/i)]);
show('deep maps', () => [d(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), d(new Map([[{}, 1]]), new Map([[{}, 1]])),
  d(new Set([1, 2]), new Set([2, 1])), d(new Set([{ a: 1 }]), new Set([{ a: 2 }])), d(new Map([[1, 2]]), new Map([[1, 3]]))]);
show('deep protos', () => [d(Object.create(null), {}), d([], {}), d(new Number(1), new Number(1)), d(new Number(1), new Number(2)),
  d(new String('a'), 'a'), d(Buffer.from('ab'), Buffer.from('ab')), d(Buffer.from('ab'), new Uint8Array([97, 98])),
  d(new Uint8Array([1]), new Uint8Array([1])), d(new Float64Array([0]), new Float64Array([-0]))]);
show('deep errors', () => [d(new Error('a'), new Error('a')), d(new Error('a'), new TypeError('a')), d(new Error('a'), new Error('b'))]);
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
show('deep cycles', () => [d(c1, c2), d([c1], [c2])]);
const s1 = Symbol('s');
show('deep symbols', () => [d({ [s1]: 1 }, { [s1]: 1 }), d({ [s1]: 1 }, { [s1]: 2 }), d({ [s1]: 1 }, {})]);
show('deep holes', () => [d([1, , 3], [1, undefined, 3]), d([1, , 3], [1, , 3])]);
show('deep undefined prop', () => d({ a: undefined }, {}));
show('deep fn', () => [d(Math.max, Math.max), d(() => {}, () => {})]);
show('legacy', () => [util.isArray([]), util.isString('s'), util.isNumber(NaN), util.isNullOrUndefined(null), util.isObject(null),
  util.isPrimitive(Symbol()), util.isFunction(class {}), util.isError(new RangeError()), util.isRegExp(/x/), util.isDate(new Date()),
  util.isBuffer(Buffer.alloc(0)), util.isBoolean(0), util.isSymbol(Symbol()), util.isUndefined(), util.isNull(null)]);
show('_extend', () => util._extend({ a: 1 }, { b: 2 }));
show('debuglog', () => { const log = util.debuglog('nothing'); log('quiet'); return [typeof log, log.enabled]; });
show('TextEncoder', () => [util.TextEncoder.name, util.TextDecoder.name]);
console.log('end of sync part');
