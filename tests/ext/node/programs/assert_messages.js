// node:assert's generated messages: diffs of strictEqual / deepStrictEqual, ok's source
const assert = require('node:assert');
const strict = require('node:assert/strict');
const t = (label, f) => {
  try { f(); console.log(label, 'ok'); } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} ${e.operator} ${e.generatedMessage}`);
    console.log(e.message);
  }
};
t('long strings', () => assert.strictEqual('the quick brown fox jumps', 'the quick brown cat jumps'));
t('long one-line', () => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
t('numbers', () => assert.strictEqual(123456789, 123456780));
t('zero', () => assert.strictEqual(0, -0));
t('null undefined', () => assert.strictEqual(null, undefined));
t('nested', () => assert.deepStrictEqual({ user: { name: 'ann', age: 30, tags: ['a', 'b'] }, ok: true },
  { user: { name: 'ann', age: 31, tags: ['a', 'c'] }, ok: true }));
t('array extra', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
t('array fewer', () => assert.deepStrictEqual([1, 2, 3, 4, 5], [1, 2]));
const big1 = {}; const big2 = {};
for (let i = 0; i < 30; i++) { big1[`key${i}`] = i; big2[`key${i}`] = i === 15 ? 'x' : i; }
t('many lines', () => assert.deepStrictEqual(big1, big2));
const arr1 = Array.from({ length: 80 }, (_, i) => i);
const arr2 = arr1.map((v) => (v % 7 === 0 ? -v : v));
t('very many', () => assert.deepStrictEqual(arr1, arr2));
t('map', () => assert.deepStrictEqual(new Map([['a', 1]]), new Map([['a', 2]])));
t('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('types', () => assert.deepStrictEqual({ a: 1 }, [1]));
t('date', () => assert.deepStrictEqual(new Date(0), new Date(1)));
t('same structure', () => assert.deepStrictEqual([{ a: Symbol.iterator }], [{ a: Symbol.iterator }].map((x) => x)));
t('proto', () => assert.deepStrictEqual(Object.create(null), {}));
t('strict equal fn', () => assert.strictEqual(() => 1, () => 1));
t('custom msg diff', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'they differ'));
t('notDeepStrictEqual long', () => assert.notDeepStrictEqual({ a: [1, 2, 3] }, { a: [1, 2, 3] }));
t('notStrictEqual obj', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
t('deepEqual loose ok', () => assert.deepEqual({ a: 1, b: [2] }, { a: '1', b: ['2'] }));
t('deepEqual nested', () => assert.deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }));
t('notDeepEqual same', () => assert.notDeepEqual([1], [1]));
t('equal NaN', () => assert.equal(NaN, NaN));
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('missing args', () => assert.strictEqual(1));
t('strict module', () => strict.equal(1, '1'));
t('strict deepEqual', () => strict.deepEqual([1], ['1']));
t('strict is strict', () => [strict === assert.strict, strict.strict === strict, typeof strict.AssertionError]);
t('ok expr', () => assert.ok(typeof 123 === 'string'));
t('assert expr', () => assert(1 > 2));
t('strict ok', () => strict(null));
t('ok multi-line', () => assert.ok(
  [1, 2].includes(
    3)));
t('ok with message', () => assert.ok(false, 'given'));
t('ok with error', () => assert.ok(false, new RangeError('mine')));
t('fail error', () => assert.fail(new TypeError('as is')));
t('throws ambiguous', () => assert.throws(() => { throw new Error('same'); }, 'same'));
t('throws string and msg', () => assert.throws(() => {}, 'a', 'b'));
t('throws empty obj', () => assert.throws(() => { throw new Error('x'); }, {}));
t('throws error instance', () => assert.throws(() => { throw new TypeError('x'); }, new TypeError('y')));
t('throws primitive', () => assert.throws(() => { throw 'str'; }, { message: 'x' }));
t('throws name', () => assert.throws(() => { throw new Error('abc'); }, Error, 'with message'));
t('throws same name', () => { class Error2 extends Error {} Object.defineProperty(Error2, 'name', { value: 'Error' }); assert.throws(() => { throw new Error('m'); }, Error2); });
t('throws named validator', () => assert.throws(() => { throw new Error('m'); }, function check() { return false; }));
t('throws non-error', () => assert.throws(() => { throw 5; }, TypeError));
t('doesNotThrow regexp', () => assert.doesNotThrow(() => { throw new Error('abc'); }, /abc/));
t('doesNotThrow other', () => assert.doesNotThrow(() => { throw new Error('abc'); }, TypeError));
t('doesNotThrow bad', () => assert.doesNotThrow(() => { throw new Error('abc'); }, 5));
t('ifError empty', () => assert.ifError(new TypeError('')));
t('ifError num', () => assert.ifError(0));
t('match ok', () => assert.match('abc', /b/));
t('doesNotMatch bad', () => assert.doesNotMatch('abc', 'b'));
t('AssertionError bad', () => new assert.AssertionError(5));
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err.name, String(err), Object.keys(err).join(), err instanceof Error, err.stack.split('\n')[0]);
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log('rejects', e.message, e.operator); }
  try { await assert.rejects(() => 5); } catch (e) { console.log('rejects bad', e.code, e.message); }
  try { await assert.rejects(5); } catch (e) { console.log('rejects bad2', e.code, e.message); }
  try { await assert.rejects(Promise.reject(new Error('a')), RangeError); } catch (e) { console.log('rejects class', JSON.stringify(e.message)); }
  await assert.doesNotReject(Promise.resolve(2));
  try { await assert.doesNotReject(Promise.reject(new Error('no'))); } catch (e) { console.log('doesNotReject', JSON.stringify(e.message), e.operator); }
  console.log('async done');
})();
