// A long array: the printer shows the first 100 items and counts the rest, so a
// long one prints at once.
const a = new Array(200000).fill(0);
const t = new Uint8Array(200000);
console.log(a.length, t.length);
throw [a, t];
// expect: 200000 200000
// expect uncaught: [
