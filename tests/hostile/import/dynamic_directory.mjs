// import() of a directory: Node's ERR_UNSUPPORTED_DIR_IMPORT wording.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./fixtures').catch(show);
await import('/').catch((e) => console.log(e.name, e.message.startsWith("Directory import '/' is not supported")));
// expect: TypeError: Directory import './fixtures' is not supported resolving ES modules imported from ./dynamic_directory.mjs
// expect: TypeError true
