// qs (CommonJS, module.exports = { formats: formats, parse: parse, ... }) with named imports from ESM,
// which Node finds by static analysis of the CommonJS source
import { parse, stringify } from 'qs';
import qs from 'qs';
console.log(JSON.stringify(parse('a[b][c]=d&e[]=1&e[]=2&f=%20x%26y')));
console.log(JSON.stringify(parse('a.b=c&list[1]=b&list[0]=a', { allowDots: true })), JSON.stringify(parse('?x=1&y=2', { ignoreQueryPrefix: true })));
console.log(stringify({ a: { b: { c: 'd' } }, list: ['x', 'y'], s: 'a b&c' }));
console.log(stringify({ a: ['b', 'c'] }, { arrayFormat: 'brackets' }), stringify({ a: ['b', 'c'] }, { arrayFormat: 'repeat', encode: false }), stringify({ a: ['b', 'c'] }, { arrayFormat: 'comma' }));
console.log(stringify({ a: null, b: undefined, c: '' }), stringify({ a: null }, { strictNullHandling: true }), JSON.stringify(parse('a&b=', { strictNullHandling: true })));
console.log(qs.parse === parse, JSON.stringify(qs.parse('a=1;b=2', { delimiter: ';' })), JSON.stringify(Object.keys(qs.formats)));
