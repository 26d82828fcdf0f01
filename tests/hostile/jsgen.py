"""A grammar of small deterministic JS programs, as hypothesis strategies (used by
tests/hostile/test_fuzz_programs.py).

A program is the body of a function: it declares its own variables (a, b: primitives;
o: an object; arr: an array; f, g: functions), runs statements over them and prints
values with P(...), which prints typeof and a string of the value (see PRELUDE). Loops
are bounded by literal counts and functions do not recurse, so every program ends; no
program touches global state (every name it assigns is declared in it), so many run
one after another in one realm.
"""
import json

from hypothesis import strategies as st

# Printing and error reporting shared by every program of a batch: the same text in
# reflow and in Node, whatever the value (no console.log formatting involved).
PRELUDE = r'''
function __show1(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return 'fn ' + v.name + '/' + v.length;
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? 'array' + v.length : 'object';
  return String(v);
}
function __show(v) {
  try {
    if (typeof v === 'object' && v !== null) {
      if (Array.isArray(v)) return '[' + Array.prototype.map.call(v, __show1).join(',') + ']';
      return '{' + Object.keys(v).map(k => k + ':' + __show1(v[k])).join(',') + '}';
    }
    if (typeof v === 'number' && v === 0) return 1 / v < 0 ? '-0' : '0';
    return __show1(v);
  } catch (e) { return '!' + __errname(e); }
}
function __errname(e) {
  try { return e instanceof Error ? e.name : 'value ' + typeof e + ' ' + __show1(e); }
  catch (e2) { return 'unprintable'; }
}
let __id = 0;
function P(v) { console.log(__id + ': ' + typeof v + ' ' + __show(v)); }
function __run(id, body) {
  __id = id;
  try { body(); } catch (e) { console.log(id + ': throws ' + __errname(e)); }
  console.log(id + ': end');
}
// Function code sees only globals (and Node runs this file as a CommonJS function)
globalThis.P = P;
globalThis.__errname = __errname;
'''

NUMBERS = ['0', '-0', '1', '-1', '2', '1.5', '0.1', '3', '10', 'NaN', 'Infinity', '-Infinity',
           '2 ** 53', '2 ** 32 - 1', '1e21', '1e-7', '255', '0x10', '5e-324', '-2.5']
STRINGS = ["''", "'a'", "'10'", "' 1 '", "'abc'", "'-0'", "'1e3'", "'x,y'", "'\\u00e9'",
           "'true'", "'0x1F'"]
BIGINTS = ['0n', '1n', '-5n', '3n', '64n']
OTHER = ['true', 'false', 'null', 'undefined']
OBJECTS = ['{}', '[]', '[1, , 3]', "{ a: 1, b: 'x' }", '[0, "1", null]',
           '{ valueOf() { return 7; } }', "{ toString() { return 'ts'; } }",
           '{ valueOf() { return {}; }, toString() { return {}; } }',
           '{ [Symbol.toPrimitive](h) { return h; } }', "new Number(4)", "new String('s')",
           "Object(2n)", '[[1, 2], [3]]', "{ get g() { return 'got'; } }",
           '{ get t() { throw new RangeError("t"); } }']
NAMES = ['a', 'b', 'o', 'arr']
BINARY = ['+', '-', '*', '/', '%', '**', '==', '===', '!=', '!==', '<', '>', '<=', '>=',
          '&', '|', '^', '<<', '>>', '>>>', '&&', '||', '??', ',']
UNARY = ['typeof ', '-', '+', '!', '~', 'void ']



def _paren(text):
    # `-1 ** 2` and `typeof 2 ** 53` are early errors: operands go in parentheses
    return '(%s)' % text if (' ' in text or text.startswith('-')) else text


literal = st.sampled_from([_paren(x) for x in NUMBERS + STRINGS + BIGINTS + OTHER + OBJECTS])
name = st.sampled_from(NAMES)
# a member of a declared object, read or assigned
member = st.sampled_from(['o.a', 'o.b', 'o.c', 'arr[0]', 'arr[1]', 'arr[5]', 'arr.length',
                          "o['a']", 'o[a]'])


def _binary(parts):
    left, op, right = parts
    return '(%s %s %s)' % (left, op, right)


def _extend(expr):
    return st.one_of(
        st.tuples(expr, st.sampled_from(BINARY), expr).map(_binary),
        st.tuples(st.sampled_from(UNARY), expr).map(lambda p: '(%s%s)' % p),
        st.tuples(expr, expr, expr).map(lambda p: '(%s ? %s : %s)' % p),
        st.tuples(expr, st.sampled_from(['Object', 'Array', 'Function', 'Number', 'f',
                                         'Error'])).map(lambda p: '(%s instanceof %s)' % p),
        st.tuples(expr, st.sampled_from(['o', 'arr', '{ a: 1 }', '[1]'])).map(
            lambda p: '(%s in %s)' % p),
        expr.map(lambda e: '`<${%s}>`' % e),
        st.tuples(expr, expr).map(lambda p: '`${%s}|${%s}`' % p),
        st.tuples(st.sampled_from(['f', 'g', '((x, y = 2) => x + y)', 'String', 'Number',
                                   'Boolean', 'Math.max', 'Math.floor', 'parseInt',
                                   'Array.of', 'Object.keys', 'JSON.stringify']), expr).map(
            lambda p: '%s(%s)' % p),
        expr.map(lambda e: '[...[%s, 2], ...arr]' % e),
        expr.map(lambda e: '({ ...o, k: %s })' % e),
        expr.map(lambda e: '(%s)?.a' % e),
        expr.map(lambda e: '(%s)?.[0]' % e),
        expr.map(lambda e: '(%s)?.toString()' % e),
        expr.map(lambda e: 'String(%s).length' % e),
        st.tuples(member, st.sampled_from(['=', '+=', '-=', '*=', '||=', '&&=', '??=', '**=',
                                           '<<=', '|=']), expr).map(
            lambda p: '(%s %s %s)' % p),
        st.tuples(st.sampled_from(['++', '--']), member).map(lambda p: '(%s%s)' % p),
        st.tuples(member, st.sampled_from(['++', '--'])).map(lambda p: '(%s%s)' % p),
        st.tuples(name, st.sampled_from(['+=', '=', '??=', '||=', '&&='])).flatmap(
            lambda p: expr.map(lambda e: '(%s %s %s)' % (p[0], p[1], e))),
        expr.map(lambda e: '[%s].length' % e),
        expr.map(lambda e: '(() => { const [p, q = %s] = [arr[0]]; return [p, q]; })()' % e),
        expr.map(lambda e: '(({ a: p, ...r } = { a: %s, z: 1 }) => [p, r])()' % e),
        expr.map(lambda e: '[...(function* () { yield %s; yield* [1, 2]; })()]' % e),
        expr.map(lambda e: 'new (class { #p = %s; get v() { return this.#p; } })().v' % e),
        expr.map(lambda e: '(function () { return typeof this; }).call(%s)' % e),
        expr.map(lambda e: 'Object.is(%s, -0)' % e),
        st.just('typeof undeclared_name'),
    )


expression = st.recursive(st.one_of(literal, name, member), _extend, max_leaves=4)


def _block(stmts):
    return '{ ' + ' '.join(stmts) + ' }'


def _statements(depth):
    expr = expression
    simple = st.one_of(
        expr.map(lambda e: 'P(%s);' % e),
        st.tuples(name, expr).map(lambda p: '%s = %s;' % p),
        st.tuples(member, expr).map(lambda p: '%s = %s;' % p),
        st.tuples(member, st.sampled_from(['+=', '-=', '??=', '||=', '&&=', '%='])).flatmap(
            lambda p: expr.map(lambda e: '%s %s %s;' % (p[0], p[1], e))),
        member.map(lambda m: 'P(%s++); P(--%s);' % (m, m)),
        expr.map(lambda e: 'try { P(%s); } catch (e) { P(__errname(e)); }' % e),
        expr.map(lambda e: 'P(f(%s)); P(g(%s, 1));' % (e, e)),
        expr.map(lambda e: '[a, b] = [b, %s]; P(a); P(b);' % e),
        expr.map(lambda e: '({ a: o.x, b: o.y = %s } = o); P(o.x); P(o.y);' % e),
        expr.map(lambda e: 'delete o.a; P(%s);' % e),
        expr.map(lambda e: 'arr.push(%s); P(arr.length);' % e),
        expr.map(lambda e: 'P([%s, 1, "2"].map(x => typeof x).join());' % e),
        expr.map(lambda e: 'P(String([%s].sort()));' % e),
        expr.map(lambda e: 'P(JSON.stringify({ v: %s }));' % e),
    )
    if depth <= 0:
        return simple
    inner = st.lists(st.deferred(lambda: _statements(depth - 1)), min_size=1, max_size=2)
    return st.one_of(
        simple,
        st.tuples(expr, inner, inner).map(
            lambda p: 'if (%s) %s else %s' % (p[0], _block(p[1]), _block(p[2]))),
        st.tuples(st.integers(0, 4), inner).map(
            lambda p: 'for (let i = 0; i < %d; i++) { P(i); %s }' % (p[0], ' '.join(p[1]))),
        st.tuples(st.integers(0, 4), st.integers(0, 4), inner).map(
            lambda p: 'outer%d: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { '
                      'if (j === %d) continue outer%d; if (i === %d) break outer%d; '
                      'P(i * 10 + j); %s } }' % (depth, p[0], depth, p[1], depth,
                                                  ' '.join(p[2]))),
        st.tuples(st.integers(0, 3), inner).map(
            lambda p: '{ let n = 0; while (n++ < %d) { %s if (n === 2) continue; P(n); } }'
                      % (p[0], ' '.join(p[1]))),
        st.tuples(expr, inner, inner).map(
            lambda p: 'switch (%s) { case 1: %s case "a": P("a"); break; default: %s }'
                      % (p[0], ' '.join(p[1]), ' '.join(p[2]))),
        st.tuples(inner, inner, inner).map(
            lambda p: 'try %s catch (e) { P(__errname(e)); %s } finally %s'
                      % (_block(p[0]), ' '.join(p[1]), _block(p[2]))),
        st.tuples(expr, inner).map(
            lambda p: 'try { throw %s; } catch (e) { P(e); %s }' % (p[0], ' '.join(p[1]))),
        st.tuples(inner, expr).map(
            lambda p: 'lbl%d: { %s if (%s) break lbl%d; P("after"); }' % (
                depth, ' '.join(p[0]), p[1], depth)),
        st.tuples(expr, expr).map(
            lambda p: '{ const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i + %s); '
                      'P(fs.map(h => h()).join()); P(%s); }' % p),
        st.tuples(expr, expr).map(
            lambda p: '{ function* gen() { const x = yield %s; try { yield x; } finally { '
                      'P("cleanup"); } } const it = gen(); P(it.next().value); '
                      'P(it.next(%s).value); P(it.return(5).value); P(it.next().done); }' % p),
        st.tuples(expr, expr).map(
            lambda p: '{ class K { static s = %s; #x = 1; get x() { return this.#x; } '
                      'set x(v) { this.#x = v; } m() { return this.#x++; } } const k = new K(); '
                      'k.x = %s; P(k.m()); P(k.x); P(K.s); }' % p),
        st.tuples(expr, expr).map(
            lambda p: '{ class A { constructor(v) { this.v = v; } get w() { return this.v; } } '
                      'class B extends A { constructor() { super(%s); } get w() { return '
                      '[super.w, %s]; } } P(new B().w); P(new B() instanceof A); }' % p),
    )


statement = _statements(2)

header = st.tuples(st.sampled_from(NUMBERS + STRINGS + BIGINTS + OTHER),
                   st.sampled_from(NUMBERS + STRINGS + OTHER)).map(
    lambda p: "let a = %s, b = %s; const o = { a: 1, b: 'two', c: null }; "
              "const arr = [1, 'x']; function f(x) { return typeof x + ':' + String(x); } "
              "const g = (x, y) => x + y;" % p)

program = st.tuples(st.booleans(), header, st.lists(statement, min_size=1, max_size=4)).map(
    lambda p: ('"use strict"; ' if p[0] else '') + p[1] + ' ' + ' '.join(p[2]))


def batch_source(programs):
    """One script running ``programs`` one after another (numbered from 0), each
    compiled on its own and wrapped so that its error ends only itself."""
    parts = [PRELUDE]
    for i, body in enumerate(programs):
        # compiled by Function, so that an early error ends only its own program
        parts.append('__run(%d, () => Function(%s)());' % (i, json.dumps(body)))
    return '\n'.join(parts) + '\n'
