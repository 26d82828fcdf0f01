// A lone surrogate becomes U+FFFD, as Node's URL parser makes it; a pair is a character.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./\ud800.mjs').catch(show);
await import('./\udc00x.mjs').catch(show);
await import('./\ud83d\ude00.mjs').catch(show);
// expect: TypeError: Cannot find module './�.mjs' imported from ./dynamic_lone_surrogate.mjs
// expect: TypeError: Cannot find module './�x.mjs' imported from ./dynamic_lone_surrogate.mjs
// expect: TypeError: Cannot find module './😀.mjs' imported from ./dynamic_lone_surrogate.mjs
