// An array of length 2**32 - 1 with one element: holes are counted, not walked.
const a = [];
a[2 ** 32 - 2] = 1;
console.log(a);
a.length = 2 ** 32 - 1;
const b = [];
b.length = 2 ** 32 - 1;
throw b;
// expect: [ <4294967294 empty items>, 1 ]
// expect uncaught: [ <4294967295 empty items> ]
