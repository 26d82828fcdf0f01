"""Every built-in function reachable from the global object, called with odd `this`
values and odd arguments, as a call and with `new`: only JS errors may come out.

The functions are found by JS itself (a walk over Reflect.ownKeys of the global object,
of every object reachable from it and of their prototypes, getters and setters included),
so nothing is listed by hand. A worker process per build runs the calls in batches
(tests/hostile/harness.py); before each function the driver prints its number, so a
crash, a hang or an escaping Python exception is attributed to it, and the run goes on
from the next function. What must not happen: a Python exception escaping, a crash, a
hang past the budget, Python text in an error message, a message that is not a string,
a thrown value that is neither an Error nor one of the values passed in.

Bounded for CI: each function gets a few calls, chosen by rotating through the odd
values. REFLOW_FUZZ_LONG=1 makes every combination (about 150 calls a function)."""
import json
import os

import pytest

from tests.hostile.harness import BUILDS, Worker, compiled_unavailable, in_parallel, \
    python_text

LONG = os.environ.get('REFLOW_FUZZ_LONG') == '1'
CALLS_PER_FUNCTION = 0 if LONG else 3     # 0: all combinations
BUDGET = 120.0 if LONG else 60.0          # seconds per batch (one batch: all the rest)

# Left out, each with the reason (a name is the walk's path of the function):
SKIPPED = {
    'globalThis.setTimeout': 'schedules a callback; with a huge delay the loop never ends',
    'globalThis.setInterval': 'repeats forever',
    'globalThis.Atomics.wait': 'blocks the thread (Infinity timeout)',
    # node:process's, which act on the worker process itself
    'globalThis.process.exit': 'ends the program (ProcessExit), as it is meant to',
    'globalThis.process.reallyExit': 'ends the program (ProcessExit), as it is meant to',
    'globalThis.process.kill': 'sends signals: kill(-1) would reach every process',
    'globalThis.process.chdir': "changes the worker's cwd",
    'globalThis.process.umask': "changes the worker's umask",
}
# Values left out as `this` of array-like methods: {length: 2**53-1} makes indexOf,
# join, reverse... visit 2**53 indices (V8 takes as long). Long mode only passes them
# to functions that check the length first.
DRIVER = r'''
(function (start, perFunction, skipped, listOnly) {
  const log = console.log.bind(console);
  const apply = Reflect.apply, construct = Reflect.construct, ownKeys = Reflect.ownKeys;
  const gopd = Reflect.getOwnPropertyDescriptor, getProto = Reflect.getPrototypeOf;
  const toStr = Object.prototype.toString, SetC = Set, StringC = String;
  const isArray = Array.isArray, ErrorC = Error;
  class Hostile extends Error {}
  // -- the functions: a walk from the global object ------------------------------------
  const seen = new SetC(), fnSeen = new SetC(), fns = [];
  const queue = [[globalThis, 'globalThis']];
  for (let qi = 0; qi < queue.length; qi++) {
    const [obj, path] = queue[qi];
    if (seen.has(obj)) continue;
    seen.add(obj);
    for (const key of ownKeys(obj)) {
      const d = gopd(obj, key);
      const p = path + '.' + (typeof key === 'symbol' ? '[' + key.description + ']' : key);
      for (const [what, v] of [['', d.value], ['get ', d.get], ['set ', d.set]]) {
        if (typeof v === 'function' && !fnSeen.has(v)) {
          fnSeen.add(v);
          fns.push({ f: v, name: what + p, holder: obj });
        }
        if (v !== null && (typeof v === 'object' || typeof v === 'function')) queue.push([v, p]);
      }
    }
    const proto = getProto(obj);
    if (proto !== null) queue.push([proto, path + '.__proto__']);
  }
  log('N ' + fns.length);
  if (listOnly) { for (let i = 0; i < fns.length; i++) log('L ' + i + ' ' + fns[i].name); return; }
  // -- the odd values -------------------------------------------------------------------
  const throwAll = new Proxy({}, { get(t, k) { return function () { throw new Hostile('trap ' + StringC(k)); }; } });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const sparse = [1, , 3];
  sparse[100] = 'far';
  const values = [
    ['undefined', undefined], ['null', null], ['true', true], ['0', 0], ['-0', -0],
    ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity], ['2**53', 2 ** 53],
    ['2**32-1', 2 ** 32 - 1], ['-1', -1], ['1.5', 1.5], ['1e21', 1e21], ['""', ''],
    ['"abc"', 'abc'], ['"0"', '0'], ['symbol', Symbol('odd')], ['Symbol.iterator', Symbol.iterator],
    ['10n', 10n], ['-1n', -1n], ['{}', {}], ['[]', []], ['sparse', sparse],
    ['throwing proxy', new Proxy({}, throwAll)],
    ['throwing function proxy', new Proxy(function () {}, throwAll)],
    ['revoked proxy', revocable.proxy],
    ['throwing getters', { get length() { throw new Hostile('length'); }, get 0() { throw new Hostile('0'); }, get constructor() { throw new Hostile('constructor'); } }],
    ['throwing valueOf', { valueOf() { throw new Hostile('valueOf'); }, toString() { throw new Hostile('toString'); } }],
    ['object-returning valueOf', { valueOf() { return {}; }, toString() { return {}; } }],
    ['huge length', { length: 2 ** 53 - 1 }],
    ['function', function () { return 1; }], ['class', class {}], ['arrow', () => 2],
    ['invalid date', new Date(NaN)], ['regexp', /a/g], ['map', new Map([[1, 2]])],
    ['promise', Promise.resolve(1)], ['typed array', new Uint8Array(4)],
    ['array buffer', new ArrayBuffer(8)], ['error', new Error('e')],
    ['null-proto object', Object.create(null)], ['frozen array', Object.freeze([1, 2])],
  ];
  const passed = new SetC(values.map(v => v[1]));
  const hugeLength = values.find(v => v[0] === 'huge length')[1];
  // `this` as the built-in expects it: an instance of the prototype it was found on
  function natural(holder) {
    if (holder === globalThis) return undefined;
    try {
      const c = gopd(holder, 'constructor');
      if (c && typeof c.value === 'function' && c.value.prototype === holder) return construct(c.value, []);
    } catch (e) { }
    return holder;
  }
  // the calls of one function: [description, thunk]
  function calls(entry, index) {
    const { f } = entry;
    const nat = natural(entry.holder);
    const out = [];
    for (const [n, v] of values) out.push(['this=' + n, () => apply(f, v, [])]);
    for (const [n, v] of values) out.push(['arg ' + n, () => apply(f, nat, [v])]);
    for (const [n, v] of values) out.push(['args ' + n + ' x2', () => apply(f, nat, [v, v])]);
    for (const [n, v] of values) out.push(['new ' + n, () => construct(f, [v])]);
    out.push(['new no args', () => construct(f, [])]);
    if (!perFunction) return out;
    const picked = [];
    for (let k = 0; k < perFunction; k++) picked.push(out[(index * 7 + k * 37) % out.length]);
    return picked;
  }
  const arrayLike = /^(get |set )?globalThis\.(Array|[A-Za-z0-9]*Array|String|Atomics)\b/;
  for (let i = start; i < fns.length; i++) {
    const entry = fns[i];
    log('F ' + i + ' ' + entry.name);
    if (skipped.includes(entry.name)) continue;
    const messages = new SetC();
    for (const [what, thunk] of calls(entry, i)) {
      if (arrayLike.test(entry.name) && what.includes('huge length')) continue;
      try {
        const r = thunk();
        if (r === hugeLength) { }
      } catch (e) {
        if (e instanceof Hostile || passed.has(e)) continue;
        let tag;
        try { tag = toStr.call(e); } catch (e2) { tag = 'unprintable'; }
        // (a DOMException, as structuredClone throws, is an Error too)
        if (tag !== '[object Error]' && !(e instanceof ErrorC)) { log('W ' + i + ' ' + what + ': threw a non-error ' + typeof e + ' ' + tag); continue; }
        const m = gopd(e, 'message');
        if (m && typeof m.value !== 'string') { log('W ' + i + ' ' + what + ': message is ' + typeof m.value); continue; }
        let text;
        try { text = StringC(e.name) + ': ' + (m ? m.value : ''); } catch (e3) { text = 'unprintable error'; }
        if (!messages.has(text)) { messages.add(text); log('M ' + i + ' ' + text); }
      }
    }
  }
  log('DONE');
})
'''


def driver(start, list_only=False):
    return '%s(%d, %d, %s, %s);\n' % (DRIVER.strip(), start, CALLS_PER_FUNCTION,
                                      json.dumps(sorted(SKIPPED)), 'true' if list_only else 'false')


def fuzz(build):
    """Run every function in ``build``: (number of functions, findings), or the reason
    the build cannot be tested."""
    worker = Worker(build)
    findings = []
    try:
        if build == 'compiled':
            reason = compiled_unavailable(worker)
            if reason:
                return reason
        start, total = 0, None
        while True:
            outcome = worker.request({'source': driver(start), 'name': 'fuzz_builtins.js',
                                      'stream': True}, BUDGET)
            lines = outcome.streamed
            if total is None and lines and lines[0].startswith('N '):
                total = int(lines[0][2:])
            current = [line for line in lines if line.startswith('F ')]
            where = current[-1][2:] if current else '(before the first function)'
            for line in lines:
                if line.startswith('W '):
                    findings.append(line)
            leaked = python_text('\n'.join(line for line in lines if not line.startswith('F ')))
            if leaked:
                findings.append('Python text: ' + leaked)
            if outcome.status != 'done':
                findings.append('%s at function %s' % (outcome.describe(), where))
            elif outcome.result['python_error']:
                findings.append('a Python exception escaped at function %s:\n%s' % (
                    where, outcome.result['python_error'].strip().split('\n')[-1]))
            elif outcome.result['uncaught'] is not None and 'DONE' not in lines:
                # (after DONE: a promise some call rejected, unhandled: JS as it should be)
                findings.append('uncaught %s at function %s' % (outcome.result['uncaught'], where))
            elif 'DONE' in lines:
                return total, findings
            if not current:
                findings.append('the driver itself failed: %s' % outcome.describe())
                return total, findings
            start = int(where.split(' ')[0]) + 1
            if total is not None and start >= total:
                return total, findings
    finally:
        worker.stop()


@pytest.fixture(scope='module')
def fuzzed():
    # both builds at once: each worker is its own process
    return dict(zip(BUILDS, in_parallel(*[lambda b=b: fuzz(b) for b in BUILDS])))


@pytest.mark.parametrize('build', BUILDS)
def test_builtins_throw_only_js_errors(fuzzed, build):
    if isinstance(fuzzed[build], str):
        pytest.skip(fuzzed[build])
    total, findings = fuzzed[build]
    assert total and total > 400, 'the walk found %r functions' % total
    assert not findings, '%s build, %d functions:\n%s' % (build, total, '\n'.join(findings))
