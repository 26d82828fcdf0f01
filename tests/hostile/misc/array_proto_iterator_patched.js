function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
const origNext = ArrayIteratorProto.next;
let calls = 0;
ArrayIteratorProto.next = function () { calls++; return origNext.call(this); };
const count = f => { calls = 0; f(); return calls; };
t('for-of', () => count(() => { for (const x of [1, 2]); }));
t('spread', () => count(() => [...[1, 2]]));
t('destructuring', () => count(() => { const [a, b] = [1, 2]; }));
t('Array.from', () => count(() => Array.from([1, 2])));
t('forEach', () => count(() => [1, 2].forEach(() => {})));
t('Promise.all', () => count(() => Promise.all([1])));
t('new Set', () => count(() => new Set([1, 2])));
t('apply', () => count(() => Math.max.apply(null, [1, 2])));
t('call spread', () => count(() => Math.max(...[1, 2])));
ArrayIteratorProto.next = function () { return { done: true, value: 'ignored' }; };
t('for-of sees nothing', () => { let n = 0; for (const x of [1, 2, 3]) n++; return n; });
t('spread empty', () => [...[1, 2, 3]].length);
t('Array.from empty', () => Array.from([1, 2]).length);
t('String iterator unaffected', () => [...'ab'].length);
ArrayIteratorProto.next = function () { throw new EvalError('next'); };
t('for-of throws', () => { for (const x of [1]); });
t('Math.max spread throws', () => Math.max(...[1]));
ArrayIteratorProto.next = origNext;
const origIter = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
t('spread uses @@iterator', () => [...[1, 2]].join());
t('arguments iterator unaffected', () => (function () { return [...arguments].join(); })(1, 2));
t('TypedArray from', () => Uint8Array.from([1, 2]).length);
Array.prototype[Symbol.iterator] = origIter;
t('restored', () => [...[1, 2]].join());
// expect: for-of 3
// expect: spread 3
// expect: destructuring 2
// expect: Array.from 3
// expect: forEach 0
// expect: Promise.all 2
// expect: new Set 3
// expect: apply 0
// expect: call spread 3
// expect: for-of sees nothing 0
// expect: spread empty 0
// expect: Array.from empty 0
// expect: String iterator unaffected 2
// expect: for-of throws threw EvalError
// expect: Math.max spread throws threw EvalError
// expect: spread uses @@iterator patched
// expect: arguments iterator unaffected 1,2
// expect: TypedArray from 1
// expect: restored 1,2
