// node:querystring: parse and stringify over odd inputs, escape/unescape, errors
const qs=require('querystring');
const cases=['a=1&b=2','a=1&a=2&a=3','=','&&','a','a=','=b','a==b','a=%zz&b=%41','a+b=c+d','%E4%BD%A0=%ff','a=1;b=2','k=v&&k2','a[]=1&a[]=2','__proto__=x','%=%', ' a = b ', 'a=%F0%9F%98%80', 'x=%C3', ''];
for (const c of cases) console.log([c], qs.parse(c));
console.log(qs.parse('a=1;b=2', ';'), qs.parse('a:1,b:2', ',', ':'), qs.parse('a=1&b=2&c=3', null, null, {maxKeys: 2}));
console.log(qs.parse('a=1&b=2&c=3', null, null, {maxKeys: 0}), qs.parse('a=1&&b=2', '&&'), qs.parse('a<>1', '&', '<>'));
console.log(qs.parse('a=1', undefined, undefined, { decodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.parse(5), qs.parse(null), qs.parse({}));
console.log(qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: true, e: null, f: undefined, g: NaN, h: {}, i: 5n, 'k é': '€', j: -0 }));
console.log(qs.stringify({a:1,b:2}, ';', ':'), qs.stringify('x'), qs.stringify(null), JSON.stringify(qs.stringify({ '': '' })));
console.log(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => `<${s}>` }), qs.stringify({ a: [] }), qs.stringify({ a: ['', null] }));
console.log(qs.escape('a b&c/é~*\'()!'), qs.escape(5), qs.escape({toString(){return 'o k'}}), qs.unescape('a%20b+c%zz%E4%BD%A0'), qs.unescape('%ff'), qs.unescape('a+b', true));
try { qs.escape('\ud800') } catch(e) { console.log(e.name, e.code, e.message) }
try { qs.stringify({a: '\udc00'}) } catch(e) { console.log(e.name, e.code, e.message) }
console.log(qs.escape('\ud83d\ude00'));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse, Object.keys(qs).join());
console.log(qs.unescapeBuffer('a%41%zz%4'), qs.unescapeBuffer('a+b', true));
console.log(JSON.stringify([qs.stringify({ a: [], b: 1 }), qs.stringify({ a: [1], b: [] }), qs.stringify({ a: [], b: [] }), qs.stringify({ a: 1, b: [], c: 2 })]));
console.log(qs.parse('a=1&b=2&&c=3&d', null, null, { maxKeys: 3 }), qs.parse('&a=1&b=2', null, null, { maxKeys: 1 }));
console.log(qs.parse('a%2Bb=c%2B+d'), qs.parse('a=%', '&', '='), qs.parse('a=1', '', ''), qs.parse('a=b', 5, 6));
const round = { x: ['1', '2'], y: 'ü ö', z: '' };
console.log(qs.parse(qs.stringify(round)), qs.stringify(qs.parse('p=1&q=a%20b&p=2')));
