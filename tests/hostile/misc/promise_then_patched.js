// A monkey-patched Promise.prototype.then: who calls it?
const orig = Promise.prototype.then;
const calls = [];
Promise.prototype.then = function (a, b) { calls.push('then'); return orig.call(this, a, b); };
async function f() { await Promise.resolve(1); return 2; }
f().then(() => {
  console.log('await calls patched then:', calls.length);
  calls.length = 0;
  return Promise.all([Promise.resolve(1), 2]);
}).then(v => {
  console.log('all result', v.join(), 'then calls', calls.length >= 2);
  calls.length = 0;
  return new Promise(r => r(Promise.resolve(5)));
}).then(v => {
  console.log('resolve with promise', v, 'calls then', calls.length > 0);
  Promise.prototype.then = function () { throw new EvalError('no then'); };
  return Promise.race([Promise.resolve(1)]).catch(e => 'unreached');
}).catch(e => console.log('race after throwing then:', e.name))
  .finally(() => { Promise.prototype.then = orig; console.log('restored'); });
// expect: await calls patched then: 5
// expect: all result 1,2 then calls true
// expect: resolve with promise 5 calls then true
// expect: race after throwing then: EvalError
// expect: restored
// expect uncaught: EvalError: no then
