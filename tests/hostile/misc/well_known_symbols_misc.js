function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('toStringTag class', () => { class T { get [Symbol.toStringTag]() { return 'Tee'; } } return Object.prototype.toString.call(new T()); });
t('toStringTag non-string', () => Object.prototype.toString.call({ [Symbol.toStringTag]: 1 }));
t('toStringTag on array ignored?', () => { const a = []; a[Symbol.toStringTag] = 'NotArray'; return Object.prototype.toString.call(a); });
t('toStringTag builtins', () => [Promise.prototype, Symbol.prototype, JSON, Atomics, new Map(), function* () {}].map(o => Object.prototype.toString.call(o)).join());
t('toString of proxy array', () => Object.prototype.toString.call(new Proxy([], {})));
t('toString of proxy fn', () => Object.prototype.toString.call(new Proxy(function () {}, {})));
t('toString arguments/error/date', () => [(function () { return arguments; })(), new Error(), new Date(0), /r/, true, 1, 's'].map(o => Object.prototype.toString.call(o)).join());
t('unscopables array', () => Object.keys(Array.prototype[Symbol.unscopables]).sort().join());
t('unscopables proto null', () => Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
t('isConcatSpreadable getter throws', () => [].concat({ get [Symbol.isConcatSpreadable]() { throw new RangeError('s'); } }));
t('isConcatSpreadable on proxy array', () => [].concat(new Proxy([1, 2], {})).length);
t('iterator on number', () => { Number.prototype[Symbol.iterator] = function* () { for (let i = 0; i < this; i++) yield i; }; try { return [...3].join(); } finally { delete Number.prototype[Symbol.iterator]; } });
t('asyncIterator used', () => typeof Symbol.asyncIterator);
t('Symbol() as ctor', () => new Symbol());
t('Symbol.for', () => Symbol.for('k') === Symbol.for('k'));
t('keyFor', () => Symbol.keyFor(Symbol.for('k')) + ' ' + Symbol.keyFor(Symbol.iterator));
t('keyFor non-symbol', () => Symbol.keyFor('k'));
t('symbol toString', () => Symbol('desc').toString() + ' ' + Symbol().toString());
t('Object(symbol)', () => typeof Object(Symbol()) + ' ' + (Object(Symbol.iterator) == Symbol.iterator));
t('symbol as weakmap key', () => { try { new WeakMap().set(Symbol('local'), 1); return 'allowed'; } catch (e) { return e.name; } });
t('well-known non-writable', () => { 'use strict'; Symbol.iterator = 1; });
t('symbol property enumeration', () => { const s = Symbol('e'); const o = { [s]: 1, a: 2 }; return [Object.keys(o).length, JSON.stringify(o), Object.getOwnPropertySymbols(o).length, Object.assign({}, o)[s]].join(); });
t('symbol in template via String', () => `${String(Symbol('t'))}`);
t('symbol description setter', () => { const s = Symbol('d'); try { s.description = 'x'; } catch (e) { return e.name; } return s.description; });
// expect: toStringTag class [object Tee]
// expect: toStringTag non-string [object Object]
// expect: toStringTag on array ignored? [object NotArray]
// expect: toStringTag builtins [object Promise],[object Symbol],[object JSON],[object Atomics],[object Map],[object GeneratorFunction]
// expect: toString of proxy array [object Array]
// expect: toString of proxy fn [object Function]
// expect: toString arguments/error/date [object Arguments],[object Error],[object Date],[object RegExp],[object Boolean],[object Number],[object String]
// expect: unscopables array at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,toReversed,toSorted,toSpliced,values
// expect: unscopables proto null null
// expect: isConcatSpreadable getter throws threw RangeError
// expect: isConcatSpreadable on proxy array 2
// expect: iterator on number 0,1,2
// expect: asyncIterator used symbol
// expect: Symbol() as ctor threw TypeError
// expect: Symbol.for true
// expect: keyFor k undefined
// expect: keyFor non-symbol threw TypeError
// expect: symbol toString Symbol(desc) Symbol()
// expect: Object(symbol) object true
// expect: symbol as weakmap key allowed
// expect: well-known non-writable threw TypeError
// expect: symbol property enumeration 1,{"a":2},1,1
// expect: symbol in template via String Symbol(t)
// expect: symbol description setter d
