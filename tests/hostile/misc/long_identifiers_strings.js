// Very long identifiers, strings and source lines (kept well inside the time budget).
const name = 'v' + 'x'.repeat(20000);
const f = Function('var ' + name + ' = 42; return ' + name + ';');
console.log(f());
const o = {};
o[name] = 1;
console.log(Object.keys(o)[0].length, o[name]);
const big = 'ab'.repeat(1 << 19);
console.log(big.length, big.indexOf('ba', 1 << 19), big.lastIndexOf('ab'));
const lit = eval('"' + 'y'.repeat(50000) + '"');
console.log(lit.length);
const many = eval('[' + '1,'.repeat(10000) + ']');
console.log(many.length);
const joined = Array(100001).join('z');
console.log(joined.length, joined.split('').length);
console.log(('q'.repeat(1000) + 'r').replace(/q+r/, 'ok'));
const nested = JSON.parse('{"a":' + '"' + 'b'.repeat(100000) + '"}');
console.log(nested.a.length);
const label = 'L' + 'l'.repeat(5000);
console.log(eval(label + ': for (;;) { break ' + label + '; } "done"'));
// expect: 42
// expect: 20001 1
// expect: 1048576 524289 1048574
// expect: 50000
// expect: 10000
// expect: 100000 100000
// expect: ok
// expect: 100000
// expect: done
