// a chain of 10000 promise reactions, each a job of its own
let p = Promise.resolve(0);
for (let i = 0; i < 10000; i++) p = p.then(v => v + 1);
p.then(v => console.log('value', v));
queueMicrotask(() => console.log('first job'));

// expect: first job
// expect: value 10000
