// recursion without any loop polls at calls: results unchanged
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(18));
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 100));

// expect: 2584
// expect: 203
