"""A worker process for the hostile tests (tests/hostile/harness.py starts it).

It runs JS programs one after another, each in a fresh realm, as `reflow run` does
(tests/jshelpers.py), and reports each outcome as one JSON line on the file descriptor
given as its argument. A request is one JSON line on stdin: {"path": FILE} runs a
program file, {"source": TEXT, "name": NAME} runs a source text; with "stream": true
each printed line is also reported as it is printed ({"line": TEXT}), so that the
harness knows how far a program got when it has to be killed. Whatever reaches the
process's own stdout and stderr while a program runs (it should be nothing) is reported
as "stray"; a Python exception escaping the engine as "python_error" (its traceback).
"""
import json
import os
import resource
import sys
import tempfile
import traceback


# A runaway allocation (a 2**32-character string...) becomes a MemoryError reported as
# the program's outcome, instead of swapping the machine.
MEMORY_LIMIT = 4 << 30


def main():
    out = os.fdopen(int(sys.argv[1]), 'w', encoding='utf-8')
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > MEMORY_LIMIT:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, hard))

    def send(message):
        out.write(json.dumps(message) + '\n')
        out.flush()

    import reflow.interp.vm.dispatch
    import reflow.parser
    from reflow.ext.host import create_realm
    from tests.jshelpers import OutputHost, expectations, run_source
    compiled = reflow.interp.vm.dispatch.__file__.endswith('.so') and reflow.parser.COMPILED
    send({'ready': True, 'compiled': bool(compiled),
          'vm': reflow.interp.vm.dispatch.__file__, 'parser_compiled': reflow.parser.COMPILED})
    capture = tempfile.TemporaryFile()
    saved = os.dup(1), os.dup(2)
    for request in sys.stdin:
        request = json.loads(request)
        if 'path' in request:
            path = request['path']
            with open(path, encoding='utf-8') as f:
                source = f.read()
        else:
            path, source = request['name'], request['source']
        on_line = (lambda line: send({'line': line})) if request.get('stream') else None
        capture.seek(0)
        capture.truncate()
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(capture.fileno(), 1)
        os.dup2(capture.fileno(), 2)
        realm = uncaught = python_error = None
        try:
            realm = create_realm(OutputHost(on_line))
            uncaught = run_source(realm, source, path)
        except BaseException:      # noqa: B036 - an escaping Python exception is the finding
            python_error = traceback.format_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
        capture.seek(0)
        stray = capture.read().decode('utf-8', 'replace')
        printed, expected_uncaught = expectations(source)
        send({'done': True, 'lines': realm.host.lines if realm and realm.host else [],
              'uncaught': uncaught, 'python_error': python_error, 'stray': stray,
              'expected': printed, 'expected_uncaught': expected_uncaught})


if __name__ == '__main__':
    main()
