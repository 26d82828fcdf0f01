// Specifiers that are not strings: ToString runs, its error rejects the import().
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import({ toString() { throw new RangeError('no string'); } }).catch(show);
await import(Symbol('s')).catch((e) => console.log(e.name));
await import({ toString() { return './fixtures/plain.txt'; } }).then((m) => console.log(m.value));
await import('./fixtures/plain.txt', 1).catch((e) => console.log(e.name));
// expect: RangeError: no string
// expect: TypeError
// expect: 42
// expect: TypeError
