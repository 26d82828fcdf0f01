// A NUL in the specifier names no file.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./a\0b.mjs').catch((e) => console.log(e.name, e.message.split(here).join('./').replace('\0', '<NUL>')));
// expect: TypeError Cannot find module './a<NUL>b.mjs' imported from ./dynamic_nul.mjs
