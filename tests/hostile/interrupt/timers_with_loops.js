// timer callbacks that each loop past many polls, in due order
const order = [];
function busy(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
setTimeout(() => {
  order.push('a' + busy(30000));
  setTimeout(() => {
    order.push('b' + busy(20000));
    setTimeout(() => { order.push('c'); console.log(order.join(' ')); }, 0);
  }, 1);
  Promise.resolve().then(() => order.push('job' + busy(5000)));
}, 1);

// expect: a449985000 job12497500 b199990000 c
