// Invalid UTF-8 in a module is decoded with U+FFFD, as Node does.
const here = import.meta.url.slice(7).replace(/[^/]*$/, "");
const show = (e) => console.log(e.name + ": " + String(e.message).split(here).join("./"));
const m = await import('./fixtures/invalid_utf8.txt');
console.log(m.default.length, m.default.charCodeAt(0).toString(16), m.default);
// expect: 4 fffd ��|�
