// Symbol.iterator and next() calling themselves through spread and for-of
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { [Symbol.iterator]() { return [...o][Symbol.iterator](); } };
report(() => [...o]);
const it = { [Symbol.iterator]() { return this; }, next() { for (const x of it) {} return { done: true }; } };
report(() => { for (const x of it) {} });
report(() => Array.from(o));
report(() => new Set(o));
console.log([...new Set([1, 1, 2])].join());

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1,2
