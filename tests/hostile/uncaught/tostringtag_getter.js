// A throwing Symbol.toStringTag getter: console.log calls it and the error goes
// through, as in Node (`reflow run` prints the value thrown uncaught without calling
// it: tests/test_cli_hostile.py).
const o = { get [Symbol.toStringTag]() { throw new Error('tag'); } };
try { console.log(o); } catch (e) { console.log('console.log threw', e.message); }
console.log([{ get [Symbol.toStringTag]() { return 'fine'; } }]);
// expect: console.log threw tag
// expect: [ { [Symbol(Symbol.toStringTag)]: [Getter] } ]
