// A name longer than the file system allows (ENAMETOOLONG) is not found.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
const name = 'x'.repeat(5000) + '.mjs';
await import('./' + name).catch((e) => console.log(e.name, e.message === `Cannot find module '${here}${name}' imported from ${here}dynamic_name_too_long.mjs`));
await import('./' + 'd/'.repeat(3000) + 'f.mjs').catch((e) => console.log(e.name, e.message.startsWith('Cannot find module')));
// expect: TypeError true
// expect: TypeError true
