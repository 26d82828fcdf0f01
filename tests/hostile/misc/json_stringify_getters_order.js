function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('getter order', () => { const log = []; JSON.stringify({ get b() { log.push('b'); return 1; }, get a() { log.push('a'); return 2; } }); return log.join(); });
t('getter throws', () => JSON.stringify({ get x() { throw new URIError('x'); } }));
t('toJSON throws', () => JSON.stringify({ toJSON() { throw new EvalError('t'); } }));
t('replacer throws', () => JSON.stringify({ a: 1 }, () => { throw new RangeError('r'); }));
t('proxy ownKeys order', () => JSON.stringify(new Proxy({ a: 1, b: 2 }, { ownKeys() { return ['b', 'a']; } })));
t('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return JSON.stringify(r.proxy); });
t('array with toJSON elements', () => JSON.stringify([{ toJSON() { return 'x'; } }, undefined, () => 1, Symbol()]));
t('nested toJSON key', () => JSON.stringify([[{ toJSON(k) { return 'k' + k; } }]]));
t('Date toJSON on non-date', () => Date.prototype.toJSON.call({ toISOString() { return 'iso'; } }));
t('Date toJSON non-finite', () => Date.prototype.toJSON.call({ valueOf() { return NaN; }, toISOString() { return 'unused'; } }));
t('Date toJSON no toISOString', () => Date.prototype.toJSON.call({}));
t('space object', () => JSON.stringify([1], null, { toString() { return 'x'; } }));
t('replacer array of Number objects', () => JSON.stringify({ 1: 'a', 2: 'b' }, [new Number(2)]));
t('replacer array proxy', () => JSON.stringify({ a: 1, b: 2 }, new Proxy(['b'], {})));
t('mutating during stringify', () => { const o = { a: 1, get b() { delete this.c; return 2; }, c: 3 }; return JSON.stringify(o); });
t('array length changes', () => { const a = [1, 2, 3]; a[0] = { toJSON() { a.length = 1; return 'first'; } }; return JSON.stringify(a); });
t('well-formed stringify', () => JSON.stringify('\udead'));
t('number keys', () => JSON.stringify({ [-0]: 1, [1e21]: 2 }));
t('rawJSON?', () => typeof JSON.rawJSON);
t('parse reviver with source arg count', () => { let n = 0; JSON.parse('1', function () { n = arguments.length; }); return n >= 2; });
t('parse whitespace', () => JSON.parse(' \t\n\r1 '));
t('parse bad whitespace', () => JSON.parse('\u00a01'));
t('parse lone surrogate escape', () => JSON.parse('"\\ud800"').length);
t('parse control char', () => JSON.parse('"\u0001"'));
t('parse big nesting object', () => Object.keys(JSON.parse('{"a":{"b":{"c":{}}}}').a.b).join());
// expect: getter order b,a
// expect: getter throws threw URIError
// expect: toJSON throws threw EvalError
// expect: replacer throws threw RangeError
// expect: proxy ownKeys order {"b":2,"a":1}
// expect: proxy revoked threw TypeError
// expect: array with toJSON elements ["x",null,null,null]
// expect: nested toJSON key [["k0"]]
// expect: Date toJSON on non-date iso
// expect: Date toJSON non-finite null
// expect: Date toJSON no toISOString threw TypeError
// expect: space object [1]
// expect: replacer array of Number objects {"2":"b"}
// expect: replacer array proxy {"b":2}
// expect: mutating during stringify {"a":1,"b":2}
// expect: array length changes ["first",null,null]
// expect: well-formed stringify "\udead"
// expect: number keys {"0":1,"1e+21":2}
// expect: rawJSON? undefined
// expect: parse reviver with source arg count true
// expect: parse whitespace 1
// expect: parse bad whitespace threw SyntaxError
// expect: parse lone surrogate escape 1
// expect: parse control char threw SyntaxError
// expect: parse big nesting object c
