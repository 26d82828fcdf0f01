// A lone surrogate has no UTF-8 form: U+FFFD is printed (`reflow run` prints an
// uncaught one the same way: tests/test_cli_hostile.py).
console.log('a\ud800b'.length);
console.log('x\udc00', ['\ud800']);
// expect: 3
// expect: x� [ '\ud800' ]
