// import() of a file that is not there: a TypeError in Node's words.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./missing.mjs').catch(show);
await import('./missing.mjs').catch(show);   // a failed load is not cached as a success
await import('./fixtures/').catch(show);
// expect: TypeError: Cannot find module './missing.mjs' imported from ./dynamic_missing.mjs
// expect: TypeError: Cannot find module './missing.mjs' imported from ./dynamic_missing.mjs
// expect: TypeError: Directory import './fixtures' is not supported resolving ES modules imported from ./dynamic_missing.mjs
