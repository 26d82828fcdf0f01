// A deeply nested object is cut at depth 2.
let o = {};
let c = o;
for (let i = 0; i < 100000; i++) { c.next = {}; c = c.next; }
throw o;
// expect uncaught: { next: { next: { next: [Object] } } }
