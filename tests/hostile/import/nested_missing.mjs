// A static import of a missing file inside an imported module names both files.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./fixtures/imports_missing.txt').catch(show);
// expect: TypeError: Cannot find module './fixtures/no_such_dependency.txt' imported from ./fixtures/imports_missing.txt
