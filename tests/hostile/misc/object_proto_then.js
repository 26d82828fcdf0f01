// A "then" on Object.prototype makes every object a thenable.
Object.prototype.then = function (resolve) { console.log('then called on', typeof this); resolve('hijacked'); };
(async () => {
  const v = await {};
  console.log('await {}', v);
  const r = await Promise.resolve({ plain: true });
  console.log('resolved plain', r);
  const arr = await [1];
  console.log('await array', arr);
  const n = await 5;
  console.log('await number', n);
  delete Object.prototype.then;
  const back = await { x: 1 };
  console.log('after delete', JSON.stringify(back));
  Object.defineProperty(Object.prototype, 'then', { get() { throw new RangeError('then getter'); }, configurable: true });
  try { await {}; } catch (e) { console.log('then getter throws:', e.name); }
  delete Object.prototype.then;
  console.log('done');
})();
// expect: then called on object
// expect: await {} hijacked
// expect: then called on object
// expect: resolved plain hijacked
// expect: then called on object
// expect: await array hijacked
// expect: await number 5
// expect: after delete {"x":1}
// expect: then getter throws: RangeError
// expect: done
