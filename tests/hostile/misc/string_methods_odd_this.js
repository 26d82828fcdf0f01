function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('slice on null', () => String.prototype.slice.call(null));
t('slice on undefined', () => String.prototype.slice.call(undefined, 0));
t('toUpperCase on number', () => String.prototype.toUpperCase.call(12));
t('at on object', () => String.prototype.at.call({ toString() { return 'obj'; } }, -1));
t('trim on symbol', () => String.prototype.trim.call(Symbol()));
t('includes on array', () => String.prototype.includes.call([1, 2], '1,2'));
t('charAt NaN', () => 'abc'.charAt(NaN) + 'abc'.charAt(-0) + JSON.stringify('abc'.charAt(3)));
t('charCodeAt out', () => 'abc'.charCodeAt(5));
t('codePointAt out', () => 'abc'.codePointAt(-1));
t('indexOf position', () => ['abc'.indexOf('', 10), 'abc'.indexOf('c', -5), 'abc'.lastIndexOf('a', -Infinity), 'abc'.lastIndexOf('c', NaN)].join());
t('search coerces', () => 'a.b'.search('.') + ' ' + 'a1'.search(1));
t('concat odd', () => 'a'.concat(1, null, undefined, {}, [2, 3]));
t('localeCompare on null', () => String.prototype.localeCompare.call(null, 'a'));
t('split this object', () => String.prototype.split.call({ toString() { return 'x-y'; } }, '-').join('|'));
t('split separator toString once', () => { let n = 0; 'a,b'.split({ toString() { n++; return ','; } }); return n; });
t('replace searchValue coerced after', () => { const log = []; String.prototype.replace.call({ toString() { log.push('this'); return 'ab'; } }, { toString() { log.push('search'); return 'a'; } }, { toString() { log.push('replace'); return 'x'; } }); return log.join(); });
t('String.prototype.toString on object', () => String.prototype.toString.call({}));
t('String.prototype.valueOf on String object', () => String.prototype.valueOf.call(new String('v')));
t('String() of symbol', () => String(Symbol('q')));
t('new String(symbol)', () => new String(Symbol('q')));
t('String.fromCharCode no args', () => JSON.stringify(String.fromCharCode()));
t('String.prototype is String', () => String.prototype.length + ' ' + Object.prototype.toString.call(String.prototype));
t('repeat count coercion', () => 'ab'.repeat('2') + 'x'.repeat(0) + 'y'.repeat(2.9));
t('startsWith position', () => 'abc'.startsWith('b', 1) + ' ' + 'abc'.startsWith('', Infinity) + ' ' + 'abc'.endsWith('a', -1));
t('substring swaps', () => 'abcdef'.substring(4, 1) + ' ' + 'abcdef'.substring(NaN, 2));
t('anchor/big html methods', () => 'x'.anchor('"q"') + ' ' + 'y'.big());
t('trimStart alias', () => String.prototype.trimLeft === String.prototype.trimStart);
t('matchAll lastIndex copy', () => { const r = /a/g; r.lastIndex = 1; const it = 'aaa'.matchAll(r); return [...it].length + ' ' + r.lastIndex; });
// expect: slice on null threw TypeError
// expect: slice on undefined threw TypeError
// expect: toUpperCase on number 12
// expect: at on object j
// expect: trim on symbol threw TypeError
// expect: includes on array true
// expect: charAt NaN aa""
// expect: charCodeAt out NaN
// expect: codePointAt out undefined
// expect: indexOf position 3,2,0,2
// expect: search coerces 0 1
// expect: concat odd a1nullundefined[object Object]2,3
// expect: localeCompare on null threw TypeError
// expect: split this object x|y
// expect: split separator toString once 1
// expect: replace searchValue coerced after this,search,replace
// expect: String.prototype.toString on object threw TypeError
// expect: String.prototype.valueOf on String object v
// expect: String() of symbol Symbol(q)
// expect: new String(symbol) threw TypeError
// expect: String.fromCharCode no args ""
// expect: String.prototype is String 0 [object String]
// expect: repeat count coercion ababyy
// expect: startsWith position true true false
// expect: substring swaps bcd ab
// expect: anchor/big html methods <a name="&quot;q&quot;">x</a> <big>y</big>
// expect: trimStart alias true
// expect: matchAll lastIndex copy 2 1
