"""`reflow test262 [PATH...]`: run test262 tests as INTERPRETING.md says (strict and
sloppy variants, harness includes, negative tests, async tests, modules), in parallel
worker processes with a time limit per test, and compare the failures with a checked-in
expectations file so that a regression shows up as a difference."""
import collections
import multiprocessing
import os
import sys
import time
from multiprocessing.connection import wait

from .frontmatter import TestInfo, parse_frontmatter

# proposals and host features reflow does not implement (tests using them are skipped)
UNSUPPORTED_FEATURES = {
    'import-defer', 'source-phase-imports', 'source-phase-imports-module-source',
    'explicit-resource-management', 'decorators', 'import-text', 'import-bytes',
    'tail-call-optimization', 'Atomics.waitAsync', 'IsHTMLDDA', 'host-gc-required',
    'ShadowRealm', 'Temporal', 'uint8array-base64', 'upsert', 'iterator-sequencing',
    'canonical-tz', 'legacy-regexp',
    'immutable-arraybuffer', 'json-parse-with-source', 'Math.sumPrecise',
    'await-dictionary', 'nonextensible-applies-to-private', 'Error.isError',
    'resizable-arraybuffer', 'Float16Array', 'RegExp.escape', 'iterator-helpers',
    'promise-try', 'set-methods', 'array-grouping', 'Array.fromAsync',
    'arraybuffer-transfer', 'regexp-duplicate-named-groups-disabled', 'error-stack-accessor',
    'joint-iteration', 'iterator-chunking', 'iterator-includes', 'Iterator.prototype.join',
    'Atomics.pause',
}

DEFAULT_EXPECTATIONS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'tests', 'test262', 'expectations.txt')


# -- running one test (in a worker) -----------------------------------------------------

_HARNESS = {}


def _harness(root, name):
    text = _HARNESS.get(name)
    if text is None:
        with open(os.path.join(root, 'harness', name), encoding='utf-8', newline='') as f:
            text = _HARNESS[name] = f.read()
    return text


def _error_name(realm, value):
    from reflow.interp.vm.objects import JSObject
    if not isinstance(value, JSObject):
        return None, repr(value)
    try:
        ctor = value.get('constructor')
        name = ctor.get('name') if isinstance(ctor, JSObject) else None
        msg = value.get('message')
    except Exception:   # a throwing getter: report what we can
        return None, '<unprintable error>'
    from reflow.interp.vm.operations import to_string
    try:
        msg = to_string(msg)
    except Exception:
        msg = ''
    return name, msg


def run_variant(root, path, source, info, strict):
    """Run one variant; returns None on success or a failure message."""
    from reflow.interp.vm.errors import JSErrorSignal, JSThrow
    from reflow.interp.vm.script import evaluate_script
    from reflow.parser import JSSyntaxError, parse
    from .host import Output, new_realm
    module = 'module' in info.flags
    text = source if module or 'raw' in info.flags or not strict else \
        '"use strict";\n' + source
    phase, expected = info.negative_phase, info.negative_type
    if phase == 'parse':
        try:
            parse(text, 'module' if module else 'script', path)
        except JSSyntaxError:
            return None if expected == 'SyntaxError' else \
                'parse error, expected %s' % expected
        # the compiler's early errors (or none): fall through to running it
    output = Output()
    realm = new_realm(output)
    if 'CanBlockIsFalse' in info.flags:
        realm.can_block = False
    try:
        if 'raw' not in info.flags:
            includes = ['assert.js', 'sta.js']
            if 'async' in info.flags:
                includes.append('doneprintHandle.js')
            for name in includes + [i for i in info.includes if i not in includes]:
                evaluate_script(realm, _harness(root, name), name)
        if module:
            from reflow.interp.vm.modules import evaluate_module
            promise = evaluate_module(realm, text, path)
            realm.run_jobs()
            if promise.state == 'rejected':
                raise JSThrow(promise.result)
        else:
            evaluate_script(realm, text, path)
        realm.run_jobs()
    except JSThrow as exc:
        name, msg = _error_name(realm, exc.value)
        if expected is not None:
            return None if name == expected else 'threw %s (%s), expected %s' % (
                name, msg, expected)
        return '%s: %s' % (name, msg)
    except JSErrorSignal as sig:
        if expected is not None and sig.name == expected:
            return None
        return '%s: %s' % (sig.name, sig.message)
    if expected is not None:
        return 'no %s thrown (expected at phase %s)' % (expected, phase)
    if 'async' in info.flags:
        out = '\n'.join(output.lines)
        if 'Test262:AsyncTestFailure:' in out:
            return out[out.index('Test262:AsyncTestFailure:'):][:200]
        if 'Test262:AsyncTestComplete' not in out:
            return 'async test did not complete'
    return None


def run_test(root, rel):
    """(status, message) of the test at test/<rel>: pass, fail, skip."""
    path = os.path.join(root, 'test', rel)
    try:
        with open(path, encoding='utf-8', newline='') as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        return 'fail', 'cannot read: %s' % exc
    info = TestInfo(parse_frontmatter(source))
    unsupported = [f for f in info.features if f in UNSUPPORTED_FEATURES]
    if unsupported:
        return 'skip', 'feature %s' % unsupported[0]
    if 'module' in info.flags or 'raw' in info.flags:
        variants = [False]
    elif 'onlyStrict' in info.flags:
        variants = [True]
    elif 'noStrict' in info.flags:
        variants = [False]
    else:
        variants = [False, True]
    for strict in variants:
        try:
            message = run_variant(root, path, source, info, strict)
        except RecursionError:
            message = 'RecursionError (Python stack exhausted)'
        except Exception as exc:   # a bug in reflow: report it as a failure
            import traceback
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            message = 'CRASH %s: %s at %s:%d' % (type(exc).__name__, exc,
                                                  os.path.basename(tb.filename), tb.lineno)
        if message is not None:
            return 'fail', '%s%s' % ('[strict] ' if strict else '', message)
    return 'pass', ''


def _worker(conn, root):
    sys.setrecursionlimit(20000)
    while True:
        try:
            rel = conn.recv()
        except EOFError:
            return
        if rel is None:
            return
        conn.send((rel,) + run_test(root, rel))


# -- collecting and scheduling ----------------------------------------------------------

def collect(root, paths):
    tests = []
    base = os.path.join(root, 'test')
    for p in paths or ['']:
        full = p if os.path.isabs(p) else os.path.join(base, p)
        full = os.path.normpath(full)
        if os.path.isfile(full):
            tests.append(os.path.relpath(full, base))
            continue
        for d, dirs, files in os.walk(full):
            dirs.sort()
            for f in sorted(files):
                if f.endswith('.js') and '_FIXTURE' not in f:
                    tests.append(os.path.relpath(os.path.join(d, f), base))
    return tests


def run_all(root, tests, jobs, timeout, progress=None):
    """{rel: (status, message)}, running ``jobs`` worker processes; a test that takes
    longer than ``timeout`` seconds fails and its worker is replaced."""
    ctx = multiprocessing.get_context('fork')
    # load the engine before forking: every worker (and every replacement of a worker
    # killed on a timeout) then runs the same build, even if sources change meanwhile
    import importlib
    import pkgutil
    import reflow.interp
    import reflow.parser
    for package in (reflow.interp, reflow.parser):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(package.__name__ + '.' + info.name)
    from reflow.builtins import MODULES
    for name in MODULES:
        importlib.import_module('reflow.builtins.' + name)
    results = {}
    pending = list(reversed(tests))
    workers = {}   # conn -> [process, rel, started]

    def spawn():
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, root), daemon=True)
        proc.start()
        child.close()
        workers[parent] = [proc, None, 0.0]
        return parent

    def feed(conn):
        if pending:
            rel = pending.pop()
            workers[conn][1] = rel
            workers[conn][2] = time.monotonic()
            conn.send(rel)
        else:
            workers[conn][1] = None

    for _ in range(max(1, min(jobs, len(tests)))):
        feed(spawn())
    while any(w[1] is not None for w in workers.values()):
        busy = [c for c, w in workers.items() if w[1] is not None]
        ready = wait(busy, timeout=0.5)
        for conn in ready:
            try:
                rel, status, message = conn.recv()
            except (EOFError, OSError):
                rel = workers[conn][1]
                results[rel] = ('fail', 'worker died')
                workers.pop(conn)[0].join(timeout=1)
                feed(spawn())
                continue
            results[rel] = (status, message)
            if progress:
                progress(len(results), len(tests))
            feed(conn)
        now = time.monotonic()
        for conn, (proc, rel, started) in list(workers.items()):
            if rel is not None and now - started > timeout:
                proc.kill()
                proc.join(timeout=1)
                workers.pop(conn)
                results[rel] = ('fail', 'timeout after %gs' % timeout)
                feed(spawn())
    for conn, (proc, rel, started) in workers.items():
        try:
            conn.send(None)
        except OSError:
            pass
        proc.join(timeout=1)
        if proc.is_alive():
            proc.kill()
    return results


# -- expectations -------------------------------------------------------------------

def read_expectations(path):
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path, encoding='utf-8') as f:
        for line in f:
            text = line.split('#', 1)[0].strip()
            if text:
                entries[text] = line.split('#', 1)[1].strip() if '#' in line else ''
    return entries


def write_expectations(path, results, old, scope):
    """Keep the entries outside ``scope`` (the tests that ran), replace those inside."""
    kept = {k: v for k, v in old.items() if k not in scope}
    for rel, (status, message) in results.items():
        if status == 'fail':
            kept[rel] = ' '.join(message.split())[:100]
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# test262 tests known to fail (paths under test/); `reflow test262 '
                '--write-expectations` rewrites the entries of the tests it ran\n')
        for rel in sorted(kept):
            f.write('%s  # %s\n' % (rel, kept[rel]) if kept[rel] else rel + '\n')


def summarize(results, depth, prefix_len):
    groups = collections.OrderedDict()
    for rel in sorted(results):
        parts = rel.split('/')
        key = '/'.join(parts[:prefix_len + depth]) if len(parts) > prefix_len + depth \
            else '/'.join(parts[:-1])
        c = groups.setdefault(key, collections.Counter())
        c[results[rel][0]] += 1
    lines = []
    total = collections.Counter()
    for key, c in groups.items():
        total.update(c)
        run = c['pass'] + c['fail']
        lines.append('%-60s %6d/%-6d %6.2f%%  (%d skipped)' % (
            key, c['pass'], run, 100.0 * c['pass'] / run if run else 100.0, c['skip']))
    run = total['pass'] + total['fail']
    lines.append('%-60s %6d/%-6d %6.2f%%  (%d skipped)' % (
        'TOTAL', total['pass'], run, 100.0 * total['pass'] / run if run else 100.0,
        total['skip']))
    return lines


def printable(message):
    """A test's message as text any stdout takes: a JS string may hold lone
    surrogates, which UTF-8 cannot encode (they are shown escaped)."""
    return message.encode('utf-8', 'backslashreplace').decode('utf-8')


def main(args):
    root = args.test262_dir or os.environ.get('TEST262_DIR')
    if not root or not os.path.isdir(os.path.join(root, 'test')):
        print('reflow test262: set TEST262_DIR (or --test262-dir) to a test262 checkout',
              file=sys.stderr)
        return 2
    tests = collect(root, args.paths)
    if not tests:
        print('reflow test262: no tests under %s' % ', '.join(args.paths), file=sys.stderr)
        return 2
    start = time.monotonic()

    def progress(done, total):
        if done % 500 == 0 or done == total:
            sys.stderr.write('\r%d/%d' % (done, total))
            if done == total:
                sys.stderr.write('\n')
            sys.stderr.flush()
    results = run_all(root, tests, args.jobs or os.cpu_count() or 1, args.timeout,
                      progress if sys.stderr.isatty() else None)
    elapsed = time.monotonic() - start
    if args.verbose:
        for rel in sorted(results):
            status, message = results[rel]
            if status == 'fail':
                print('FAIL %s  %s' % (rel, printable(message)))
    prefix_len = min(len(p.strip('/').split('/')) for p in (args.paths or ['.']))
    for line in summarize(results, args.summary_depth, prefix_len if args.paths else 0):
        print(line)
    print('%d tests in %.0fs' % (len(results), elapsed))
    old = read_expectations(args.expectations)
    if args.write_expectations:
        write_expectations(args.expectations, results, old, set(results))
        print('wrote %s' % args.expectations)
        return 0
    regressions = sorted(r for r, (s, _) in results.items() if s == 'fail' and r not in old)
    fixed = sorted(r for r, (s, _) in results.items() if s == 'pass' and r in old)
    for rel in fixed:
        print('newly passing: %s' % rel)
    for rel in regressions:
        print('REGRESSION: %s  %s' % (rel, printable(results[rel][1])))
    if fixed:
        print('%d tests pass that the expectations file lists as failing (update it with '
              '--write-expectations)' % len(fixed))
    if regressions:
        print('%d regressions' % len(regressions))
        return 1
    return 0


def add_arguments(p):
    p.add_argument('paths', nargs='*', help='tests or directories, relative to test262/test')
    p.add_argument('-j', '--jobs', type=int, default=0, help='worker processes (default: '
                   'one per CPU)')
    p.add_argument('--timeout', type=float, default=10.0, help='seconds per test')
    p.add_argument('--test262-dir', help='the test262 checkout (default: $TEST262_DIR)')
    p.add_argument('--expectations', default=DEFAULT_EXPECTATIONS,
                   help='the known-failures file')
    p.add_argument('--write-expectations', action='store_true',
                   help='record the failures of this run in the expectations file')
    p.add_argument('--summary-depth', type=int, default=1,
                   help='directory levels below the given paths in the summary')
    p.add_argument('-v', '--verbose', action='store_true', help='list every failure')
