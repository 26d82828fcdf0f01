// A lone surrogate in a thrown string has no UTF-8 form: U+FFFD is printed.
console.log('a\ud800b'.length);
throw 'x\udc00';
// expect: 3
// expect uncaught: x�
