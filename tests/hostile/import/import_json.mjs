// A JSON module, and a file that is no JSON imported as one.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
const data = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(JSON.stringify(data.default));
await import('./fixtures/plain.txt', { with: { type: 'json' } }).catch((e) => console.log(e.name));
await import('./fixtures/data.json', { with: { type: 'css' } }).catch(show);
// expect: {"a":[1,2]}
// expect: SyntaxError
// expect: TypeError: Unsupported module type "css"
