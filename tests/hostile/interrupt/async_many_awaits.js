// an async function awaiting 5000 times, with a timer in between
async function run() { let s = 0; for (let i = 0; i < 5000; i++) s += await i; return s; }
run().then(s => console.log('sum', s));
setTimeout(() => console.log('timer'), 0);
console.log('sync');

// expect: sync
// expect: sum 12497500
// expect: timer
