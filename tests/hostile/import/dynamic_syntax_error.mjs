// A module that does not parse: a SyntaxError with the file, line and column.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
await import('./fixtures/syntax_error.txt').catch(show);
await import('./fixtures/syntax_error.txt').catch(show);
// expect: SyntaxError: Unexpected token ';' (./fixtures/syntax_error.txt:1:19)
// expect: SyntaxError: Unexpected token ';' (./fixtures/syntax_error.txt:1:19)
