// object literals, accessors, property order, destructuring, spread, optional chaining
const o = { b: 1, a: 2, 2: 'x', 1: 'y', ['c' + 1]: 3, get g() { return 'got' }, set s(v) { this._s = v } };
console.log(Object.keys(o).join(), o.g);
// expect: 1,2,b,a,c1,g,s got
o.s = 5; console.log(o._s);
// expect: 5
const { a, b: renamed, missing = 'dflt', ...restObj } = o;
console.log(a, renamed, missing, Object.keys(restObj).join());
// expect: 2 1 dflt 1,2,c1,g,s,_s
const [x, , y = 3, ...tail] = [1, 2, undefined, 4, 5];
console.log(x, y, tail.join());
// expect: 1 3 4,5
console.log({ ...{ p: 1 }, q: 2 }.p, [...[0, 'a'], ...[1, 2]].length);
// expect: 1 4
const deepObj = { n: { m: null } };
console.log(deepObj?.n?.m?.z, deepObj.q?.r.s, deepObj.n.fn?.(), null ?? 'nullish', 0 ?? 1, 0 || 1);
// expect: undefined undefined undefined nullish 0 1
let la = null; la ??= 5; let lb = 1; lb &&= 2; let lc = 0; lc ||= 3;
console.log(la, lb, lc);
// expect: 5 2 3
const frozen = Object.freeze({ f: 1 });
(function () { 'use strict'; try { frozen.f = 2 } catch (e) { console.log(e.name) } })();
// expect: TypeError
console.log('f' in frozen, delete frozen.f, frozen.f);
// expect: true false 1
const arr = [1, 2, 3]; arr.length = 1; arr[3] = 4;
console.log(arr.length, arr[1], arr);
// expect: 4 undefined [ 1, <2 empty items>, 4 ]
console.log({ __proto__: { inherited: 1 } }.inherited, Object.getPrototypeOf({ __proto__: null }));
// expect: 1 null
