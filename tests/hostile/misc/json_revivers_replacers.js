function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('reviver deletes', () => JSON.stringify(JSON.parse('{"a":1,"b":2}', (k, v) => k === 'a' ? undefined : v)));
t('reviver order', () => { const keys = []; JSON.parse('{"a":{"b":[1,2]},"c":3}', function (k, v) { keys.push(k); return v; }); return keys.join('|'); });
t('reviver mutates holder', () => JSON.stringify(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') this.b = 'changed'; return v; })));
t('reviver array holder', () => JSON.stringify(JSON.parse('[1,2,3]', function (k, v) { return Array.isArray(this) && k === '1' ? undefined : v; })));
t('reviver this at root', () => JSON.parse('5', function (k, v) { return typeof this + ':' + JSON.stringify(Object.keys(this)) + ':' + k; }));
t('reviver throws', () => JSON.parse('[1]', () => { throw new EvalError('r'); }));
t('reviver adds to array', () => JSON.stringify(JSON.parse('[1,2]', function (k, v) { if (k === '0') this.push(9); return v; })));
t('replacer array dup/number', () => JSON.stringify({ 1: 'one', a: 'A', b: 'B' }, ['a', 1, 'a', new String('b'), {}, true]));
t('replacer fn root', () => JSON.stringify({ x: 1 }, function (k, v) { return k === '' ? [k, typeof this] : v; }));
t('replacer swaps', () => JSON.stringify({ a: 1, b: { c: 2 } }, (k, v) => typeof v === 'number' ? v * 10 : v));
t('replacer returns fn', () => JSON.stringify({ a: 1 }, () => () => 1));
t('toJSON getter', () => JSON.stringify({ get toJSON() { return () => 'tj'; } }));
t('toJSON key arg', () => JSON.stringify({ p: { toJSON(k) { return 'key=' + k; } } }));
t('gap clamp', () => JSON.stringify([1], null, 20).split('\n')[1].length);
t('gap string clamp', () => JSON.stringify([1], null, '1234567890ABC'));
t('gap Number object', () => JSON.stringify({ a: 1 }, null, new Number(2)));
t('circular', () => { const o = {}; o.self = o; return JSON.stringify(o); });
t('bigint', () => JSON.stringify({ n: 1n }));
t('bigint toJSON', () => { BigInt.prototype.toJSON = function () { return this.toString() + 'n'; }; try { return JSON.stringify({ n: 1n }); } finally { delete BigInt.prototype.toJSON; } });
t('symbols skipped', () => JSON.stringify({ [Symbol()]: 1, s: Symbol(), a: [Symbol()] }));
t('neg zero', () => JSON.stringify([-0, 1e21, 1e-7, NaN, -Infinity]));
t('lone surrogates', () => JSON.stringify('\ud800\udc00\ud800x\udc00'));
t('parse proto', () => { const o = JSON.parse('{"__proto__": 1}'); return Object.getPrototypeOf(o) === Object.prototype && o.__proto__; });
t('parse dup keys', () => JSON.parse('{"a":1,"a":2}').a);
t('parse bad', () => JSON.parse('{"a":1,}'));
t('parse deep-ish', () => JSON.parse('['.repeat(500) + ']'.repeat(500)).length);
t('parse big number', () => JSON.parse('1e400'));
t('parse -0', () => Object.is(JSON.parse('-0'), -0));
t('stringify proxy', () => JSON.stringify(new Proxy([1, 2], {})));
t('stringify boxed', () => JSON.stringify([new Number(1), new String('s'), new Boolean(false), Object(1n) instanceof BigInt]));
// expect: reviver deletes {"b":2}
// expect: reviver order 0|1|b|a|c|
// expect: reviver mutates holder {"a":1,"b":"changed"}
// expect: reviver array holder [1,null,3]
// expect: reviver this at root object:[""]:
// expect: reviver throws threw EvalError
// expect: reviver adds to array [1,2,9]
// expect: replacer array dup/number {"a":"A","1":"one","b":"B"}
// expect: replacer fn root ["","object"]
// expect: replacer swaps {"a":10,"b":{"c":20}}
// expect: replacer returns fn undefined
// expect: toJSON getter "tj"
// expect: toJSON key arg {"p":"key=p"}
// expect: gap clamp 11
// expect: gap string clamp [
// expect: 12345678901
// expect: ]
// expect: gap Number object {
// expect:   "a": 1
// expect: }
// expect: circular threw TypeError
// expect: bigint threw TypeError
// expect: bigint toJSON {"n":"1n"}
// expect: symbols skipped {"a":[null]}
// expect: neg zero [0,1e+21,1e-7,null,null]
// expect: lone surrogates "𐀀\ud800x\udc00"
// expect: parse proto 1
// expect: parse dup keys 2
// expect: parse bad threw SyntaxError
// expect: parse deep-ish 1
// expect: parse big number Infinity
// expect: parse -0 true
// expect: stringify proxy [1,2]
// expect: stringify boxed [1,"s",false,true]
