// Symbol.species: subclasses, odd species values, species that lie.
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name); } }
class MyArray extends Array {}
const m = MyArray.from([1, 2, 3]);
t('map keeps subclass', () => m.map(x => x) instanceof MyArray);
class Plain extends Array { static get [Symbol.species]() { return Array; } }
const p = Plain.of(1, 2, 3);
t('species Array', () => p.filter(x => x > 1).constructor === Array);
t('species undefined', () => { const a = [1, 2]; a.constructor = { [Symbol.species]: undefined }; return Array.isArray(a.slice()); });
t('species null', () => { const a = [1, 2]; a.constructor = { [Symbol.species]: null }; return a.map(x => x).length; });
t('species not ctor', () => { const a = [1]; a.constructor = { [Symbol.species]: () => {} }; return a.map(x => x); });
t('constructor primitive', () => { const a = [1]; a.constructor = 5; return a.concat([]); });
t('constructor undefined', () => { const a = [1]; a.constructor = undefined; return a.splice(0, 1).join(); });
let log = [];
function Fake(n) { log.push('new Fake(' + n + ')'); return { length: 0 }; }
t('species fake', () => { const a = [1, 2, 3]; a.constructor = { [Symbol.species]: Fake }; const r = a.map(x => x * 2); return JSON.stringify(r) + ' ' + log.join(); });
t('species frozen result', () => { const a = [1]; a.constructor = { [Symbol.species]: function () { return Object.freeze([]); } }; return a.map(x => x); });
t('species getter throws', () => { const a = [1]; a.constructor = { get [Symbol.species]() { throw new URIError('s'); } }; return a.slice(); });
t('promise species', () => { class P extends Promise { static get [Symbol.species]() { return Promise; } } return P.resolve(1).then(() => {}) instanceof P; });
t('regexp species split', () => { let made = 0; class R extends RegExp { static get [Symbol.species]() { made++; return RegExp; } } return 'a,b'.split(new R(',')).join('|') + ' ' + made; });
t('typed species', () => { class U extends Uint8Array {} return new U([1, 2]).subarray(0) instanceof U; });
t('arraybuffer species', () => { class B extends ArrayBuffer { static get [Symbol.species]() { return function () { return new ArrayBuffer(1); }; } } return new B(8).slice(0, 4); });
// expect: map keeps subclass true
// expect: species Array true
// expect: species undefined true
// expect: species null 2
// expect: species not ctor threw TypeError
// expect: constructor primitive threw TypeError
// expect: constructor undefined 1
// expect: species fake {"0":2,"1":4,"2":6,"length":0} new Fake(3)
// expect: species frozen result threw TypeError
// expect: species getter throws threw URIError
// expect: promise species false
// expect: regexp species split a|b 1
// expect: typed species true
// expect: arraybuffer species threw TypeError
