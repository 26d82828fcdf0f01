// A string inside a container is cut at 10000 characters, as in Node.
const s = 'x'.repeat(10005);
const text = JSON.stringify([s]);
console.log(text.length);
throw { s: 'y'.repeat(10002) }.s.length;
// expect: 10009
// expect uncaught: 10002
