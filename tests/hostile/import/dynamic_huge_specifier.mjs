// A specifier of megabytes: rejected quickly, the message names it.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
const spec = './' + 'y/'.repeat(300000);
await import(spec).catch((e) => console.log(e.name, e.message.length > 600000, e.message.slice(0, 20)));
await import('z'.repeat(1 << 20)).catch((e) => console.log(e.name, e.message.length > 1 << 20));
// expect: TypeError true Cannot find module '
// expect: TypeError true
