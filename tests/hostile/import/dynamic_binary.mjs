// A binary file is not valid source: a SyntaxError naming the file.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./fixtures/binary.bin').catch(show);
await import('./fixtures/binary.bin', { with: { type: 'json' } }).catch((e) => console.log(e.name));
// expect: SyntaxError: Invalid or unexpected token (./fixtures/binary.bin:1:1)
// expect: SyntaxError
