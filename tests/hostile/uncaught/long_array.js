// A long array: the printer shows the first 100 items and counts the rest, so a
// million elements print at once.
const a = new Array(1000000).fill(0);
const t = new Uint8Array(1000000);
console.log(a.length, t.length);
throw [a, t];
// expect: 1000000 1000000
// expect uncaught: [
