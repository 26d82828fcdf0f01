// console.log's format specifiers, as Node's util.format applies them (expected: what Node 20 printed)
console.log('%s is %d years, %i, %f', 'Bob', 42.5, '42.9x', '1.5e3', 'extra', {a: 1});
console.log('%j %j', {a: [1, 2]}, 'str', 3);
const c = {}; c.c = c; console.log('%j', c);
console.log('%s %s %s %s', 1n, -0, {x: {y: 1}}, [1, [2, [3]]]);
console.log('100%% %c styled %x %', 'color: red');
console.log('%d %d %i', 5n, Symbol('q'), 7n);
class A { toString() { return 'A!' } } console.log('%s', new A(), '%s');
console.log('%s', new Error('boom').message, null, undefined, true);
console.log(1, '%s', 'x');
// expect: Bob is 42.5 years, 42, 1500 extra { a: 1 }
// expect: {"a":[1,2]} "str" 3
// expect: [Circular]
// expect: 1n -0 { x: [Object] } [ 1, [Array] ]
// expect: 100%  styled %x %
// expect: 5n NaN 7n
// expect: A! %s
// expect: boom null undefined true
// expect: 1 %s x
