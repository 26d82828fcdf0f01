function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('integer keys first', () => Object.keys({ b: 1, 2: 1, a: 1, 1: 1, '-1': 1, '01': 1, 4294967294: 1, 4294967295: 1 }).join());
t('symbols last', () => Reflect.ownKeys({ [Symbol.iterator]: 1, z: 1, 0: 1 }).map(String).join());
t('spread getter throws', () => ({ ...{ a: 1, get b() { throw new RangeError('b'); } } }));
t('spread getter called once', () => { let n = 0; const s = { ...{ get g() { n++; return n; } } }; return s.g + ' ' + n; });
t('spread skips non-enumerable', () => Object.keys({ ...Object.defineProperty({}, 'h', { value: 1 }) }).length);
t('spread string', () => JSON.stringify({ ...'hi' }));
t('spread null', () => JSON.stringify({ ...null, ...undefined, ...1 }));
t('spread array', () => JSON.stringify({ ...[1, , 3] }));
t('assign stops at throw', () => { const target = {}; try { Object.assign(target, { a: 1 }, { get b() { throw 1; } }, { c: 3 }); } catch (e) { } return JSON.stringify(target); });
t('assign uses setters', () => { let v; const target = { set s(x) { v = x; } }; Object.assign(target, { s: 'set' }); return v; });
t('assign to frozen', () => Object.assign(Object.freeze({}), { a: 1 }));
t('assign symbols', () => Object.getOwnPropertySymbols(Object.assign({}, { [Symbol('q')]: 1 })).length);
t('assign string source', () => JSON.stringify(Object.assign({}, 'ab', null, 5)));
t('assign target primitive', () => typeof Object.assign(1, { a: 1 }));
t('assign target null', () => Object.assign(null));
t('keys after delete readd', () => { const o = { a: 1, b: 2 }; delete o.a; o.a = 1; return Object.keys(o).join(); });
t('for-in order with proto', () => { const p = { p1: 1, shared: 1 }; const o = Object.create(p); o.o1 = 1; o.shared = 2; const k = []; for (const x in o) k.push(x); return k.join(); });
t('for-in delete during', () => { const o = { a: 1, b: 2, c: 3 }; const k = []; for (const x in o) { k.push(x); delete o.b; } return k.join(); });
t('for-in proxy ownKeys', () => { const k = []; for (const x in new Proxy({ a: 1 }, { ownKeys() { return ['a', 'z']; }, getOwnPropertyDescriptor(t, p) { return p === 'z' ? undefined : Reflect.getOwnPropertyDescriptor(t, p); } })) k.push(x); return k.join(); });
t('for-in string', () => { const k = []; for (const x in 'ab') k.push(x); return k.join(); });
t('for-in null', () => { for (const x in null) return 'looped'; return 'no loop'; });
t('JSON key order', () => JSON.stringify({ b: 1, 1: 2, a: 3 }));
t('entries order', () => Object.entries({ z: 1, 0: 2 }).join('|'));
t('getOwnPropertyNames array', () => Object.getOwnPropertyNames([1, 2]).join());
t('getOwnPropertyNames string', () => Object.getOwnPropertyNames('ab').join());
t('fromEntries iterator', () => JSON.stringify(Object.fromEntries(new Map([['a', 1], [2, 'b']]))));
t('fromEntries bad entry', () => Object.fromEntries([1]));
// expect: integer keys first 1,2,4294967294,b,a,-1,01,4294967295
// expect: symbols last 0,z,Symbol(Symbol.iterator)
// expect: spread getter throws threw RangeError
// expect: spread getter called once 1 1
// expect: spread skips non-enumerable 0
// expect: spread string {"0":"h","1":"i"}
// expect: spread null {}
// expect: spread array {"0":1,"2":3}
// expect: assign stops at throw {"a":1}
// expect: assign uses setters set
// expect: assign to frozen threw TypeError
// expect: assign symbols 1
// expect: assign string source {"0":"a","1":"b"}
// expect: assign target primitive object
// expect: assign target null threw TypeError
// expect: keys after delete readd b,a
// expect: for-in order with proto o1,shared,p1
// expect: for-in delete during a,c
// expect: for-in proxy ownKeys a
// expect: for-in string 0,1
// expect: for-in null no loop
// expect: JSON key order {"1":2,"b":1,"a":3}
// expect: entries order 0,2|z,1
// expect: getOwnPropertyNames array 0,1,length
// expect: getOwnPropertyNames string 0,1,length
// expect: fromEntries iterator {"2":"b","a":1}
// expect: fromEntries bad entry threw TypeError
