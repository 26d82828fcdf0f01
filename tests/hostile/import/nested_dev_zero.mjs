// A static import of /dev/zero inside an imported module rejects the import().
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./fixtures/imports_dev_zero.txt').catch(show);
// expect: TypeError: Cannot load module '/dev/zero' imported from ./fixtures/imports_dev_zero.txt: not a regular file
