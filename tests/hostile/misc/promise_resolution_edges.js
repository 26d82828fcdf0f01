const out = [];
const p = new Promise(r => setTimeout(() => r(p)));
p.catch(e => out.push('self resolution: ' + e.name));
new Promise((res, rej) => { res(1); rej(2); res(3); }).then(v => out.push('first wins ' + v));
const thenable = { then(res) { res('thenable'); res('twice'); throw new Error('after'); } };
Promise.resolve(thenable).then(v => out.push('thenable ' + v));
const getterThen = { get then() { throw new TypeError('then getter'); } };
Promise.resolve(getterThen).catch(e => out.push('then getter throws ' + e.name));
Promise.resolve({ then: 5 }).then(v => out.push('non-callable then ' + typeof v));
const nested = Promise.resolve(Promise.resolve(Promise.resolve('deep')));
nested.then(v => out.push('nested ' + v));
try { new Promise(5); } catch (e) { out.push('executor not callable ' + e.name); }
try { Promise(() => {}); } catch (e) { out.push('call without new ' + e.name); }
try { Promise.resolve.call(1, 1); } catch (e) { out.push('resolve on non-ctor ' + e.name); }
Promise.reject(new URIError('r')).then(null, e => out.push('reject ' + e.name));
Promise.resolve(1).then(5, 6).then(v => out.push('non-fn handlers pass ' + v));
Promise.all([]).then(v => out.push('all empty ' + v.length));
Promise.any([]).catch(e => out.push('any empty ' + e.name + ' ' + e.errors.length));
Promise.allSettled([Promise.reject(1), 2]).then(v => out.push('allSettled ' + v.map(x => x.status).join()));
Promise.race([new Promise(() => {}), Promise.resolve('race')]).then(v => out.push('race ' + v));
Promise.all(5).catch(e => out.push('all non-iterable ' + e.name));
Promise.all({ [Symbol.iterator]() { throw new RangeError('it'); } }).catch(e => out.push('iterator throws ' + e.name));
const fin = Promise.resolve('val').finally(() => 'ignored');
fin.then(v => out.push('finally keeps ' + v));
Promise.reject(1).finally(() => { throw 'finally override'; }).catch(e => out.push(e));
class MyP extends Promise {}
out.push('subclass then ' + (MyP.resolve(1).then(() => {}) instanceof MyP));
queueMicrotask(() => out.push('microtask'));
setTimeout(() => { setTimeout(() => console.log(out.join('\n'))); });
// expect: executor not callable TypeError
// expect: call without new TypeError
// expect: resolve on non-ctor TypeError
// expect: subclass then true
// expect: first wins 1
// expect: then getter throws TypeError
// expect: non-callable then object
// expect: nested deep
// expect: reject URIError
// expect: all empty 0
// expect: any empty AggregateError 0
// expect: all non-iterable TypeError
// expect: iterator throws RangeError
// expect: microtask
// expect: thenable thenable
// expect: non-fn handlers pass 1
// expect: allSettled rejected,fulfilled
// expect: race race
// expect: finally override
// expect: finally keeps val
// expect: self resolution: TypeError
