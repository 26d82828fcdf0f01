// util.format / formatWithOptions and util.inspect (as console shows values)
const util = require('util');
const f = util.format;
const show = (label, fn) => {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
show('plain', () => f('hello'));
show('none', () => f());
show('pct-pct alone', () => f('100%%'));
show('pct-pct args', () => f('100%% %s', 'x'));
show('pct-s', () => f('%s|%s|%s|%s|%s|%s', 'str', 42, -0, 5n, Symbol('q'), undefined));
show('pct-s null', () => f('%s %s', null, true));
show('pct-s obj', () => f('%s', { a: { b: 1 } }));
show('pct-s arr', () => f('%s', [1, [2, [3]]]));
show('pct-s toString', () => f('%s', { toString() { return 'custom'; } }));
class K { toString() { return 'K!'; } }
class L {}
show('pct-s class', () => f('%s %s', new K(), new L()));
show('pct-s date', () => f('%s', new Date(0)));
show('pct-s fn', () => f('%s', function foo() {}));
show('pct-d', () => f('%d %d %d %d %d %d', 42, '42.5', '0x10', -0, 7n, {}));
show('pct-d sym', () => f('%d', Symbol('x')));
show('pct-i', () => f('%i %i %i %i %i', 42.9, '42.5x', -0.5, 9n, 'zz'));
show('pct-f', () => f('%f %f %f %f', '1e3', 1.5, 'abc', -0));
show('pct-j', () => f('%j %j %j', { a: [1, 'x'] }, 'str', undefined));
const circ = { a: 1 }; circ.self = circ;
show('pct-j circular', () => f('%j', circ));
show('pct-j throws', () => f('%j', { toJSON() { throw new Error('nope'); } }));
show('pct-o', () => f('%o', { a: { b: 1 }, b: 'x' }));
show('pct-O', () => f('%O', { a: { b: { c: { d: 1 } } } }));
show('pct-c', () => f('%cstyled%c plain', 'color: red', 'x'));
show('unknown', () => f('%x %s', 'a'));
show('missing', () => f('%s %s %d', 'only'));
show('extra', () => f('%s', 'a', 'b', 3, { c: 1 }, [2]));
show('no format', () => f(1, 'two', { three: 3 }, null, undefined));
show('trailing pct-', () => f('50%', 1));
show('pct-pctpct-s', () => f('%%%s', 'x'));
show('non-string first', () => f({ a: 1 }, '%s', 'x'));
show('withOptions', () => util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));
show('withOptions bad', () => util.formatWithOptions(null, 'x'));
show('withOptions arr', () => util.formatWithOptions([], 'x %s', 1));
// inspect
show('inspect str', () => util.inspect('a\'b'));
show('inspect num', () => [util.inspect(-0), util.inspect(1e21), util.inspect(5n), util.inspect(Symbol.iterator)]);
show('inspect obj', () => util.inspect({ a: 1, 'b-c': [1, 2, { d: new Map([[1, 2]]) }], e: new Set(['x']) }));
show('inspect depth', () => util.inspect({ a: { b: { c: { d: { e: 1 } } } } }));
show('inspect depth 0', () => util.inspect({ a: { b: 1 }, c: 1 }, { depth: 0 }));
show('inspect depth null', () => util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
show('inspect depth Infinity', () => util.inspect([[[['x']]]], { depth: Infinity }));
show('inspect legacy', () => util.inspect({ a: { b: { c: 1 } } }, false, 0));
show('inspect fn', () => [util.inspect(function named() {}), util.inspect(() => {}), util.inspect(class A {})]);
show('inspect misc', () => [util.inspect(null), util.inspect(undefined), util.inspect(/re/g), util.inspect(new Date(0)),
  util.inspect(new Error('boom')).split('\n')[0], util.inspect([1, , 3]), util.inspect(Object.create(null))]);
show('inspect circular', () => util.inspect(circ));
show('inspect boxed', () => [util.inspect(new Number(3)), util.inspect(new String('s')), util.inspect(Object(1n))]);
show('inspect typed', () => [util.inspect(new Uint8Array([1, 2])), util.inspect(new DataView(new ArrayBuffer(2))).length > 0]);
show('inspect buffer', () => util.inspect(Buffer.from('hi')));
show('inspect promise', () => [util.inspect(Promise.resolve(4)), util.inspect(new Promise(() => {}))]);
class Temp { constructor() { this.c = 20; } [util.inspect.custom](depth, opts, inspect) { return `Temp<${this.c}> ${typeof opts.stylize} ${inspect({ z: 1 })}`; } }
show('custom', () => util.inspect(new Temp()));
show('custom nested', () => util.inspect({ t: new Temp() }));
show('custom symbol', () => util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
show('defaultOptions', () => [util.inspect.defaultOptions.depth, util.inspect.defaultOptions.colors]);
show('colors', () => [util.inspect.colors.red, util.inspect.styles.number]);
show('styleText', () => util.styleText('red', 'hi'));
show('styleText arr', () => util.styleText(['bold', 'green'], 'hi', { validateStream: false }));
show('styleText bad', () => util.styleText('nocolor', 'hi'));
show('strip', () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
show('strip bad', () => util.stripVTControlCharacters(1));
show('toUSVString', () => util.toUSVString('a\ud800b'));
show('breakLength small', () => util.inspect({ a: 1, b: 2 }, { breakLength: 3 }));
show('breakLength Infinity', () => util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: Infinity }));
show('breakLength wide', () => util.inspect({ a: 'x'.repeat(70), b: 1 }, { breakLength: 200 }));
show('compact false', () => util.inspect({ a: [1, { b: 2 }], m: new Map([[1, 2]]) }, { compact: false }));
show('sorted', () => util.inspect({ c: 1, a: 2, b: new Set([3, 1, 2]) }, { sorted: true }));
show('customInspect false', () => util.inspect(Buffer.from('ab'), { customInspect: false }));
