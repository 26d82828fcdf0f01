"""Shared by the Python-level tests: a realm to evaluate scripts in, the name of the
error a script throws, and the running of JS program files (tests/interp/js/,
tests/builtins/js/, tests/hostile/) with the expectations written in their comments."""
import os
import re

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.ext.host import Host, create_realm
from reflow.interp.vm.script import evaluate_script


def make_js():
    """A function evaluating a script in one fresh realm (kept as ``.realm``)."""
    realm = create_realm()

    def run(source):
        return evaluate_script(realm, source, 'test.js')
    run.realm = realm
    return run


def error_name(js, source):
    """The name of the error ``source`` throws, or None."""
    try:
        js(source)
    except JSErrorSignal as sig:
        return sig.name
    except JSThrow as exc:
        return exc.value.get('name')
    return None


# -- JS program files: the `// expect:` comments and the way `reflow run` runs them ------

def expectations(source):
    """The lines a program file says it prints (`// expect: TEXT`, in order) and the
    first line of its uncaught error (`// expect uncaught: TEXT`), or None."""
    printed = re.findall(r'^// expect: ?(.*)$', source, re.M)
    uncaught = re.findall(r'^// expect uncaught: (.*)$', source, re.M)
    return printed, (uncaught[0] if uncaught else None)


class OutputHost(Host):
    """The realm's host: console output is kept as lines (``on_line`` sees each one as
    it is printed) instead of going to the process's stdout."""

    def __init__(self, on_line=None, loader=None):
        Host.__init__(self, loader=loader)
        self.lines = []
        self.on_line = on_line
        self.open_line = False   # the last line is unfinished (process.stdout.write)

    def write_output(self, text, stream):
        self.write_text(text + '\n', stream)

    def write_text(self, text, stream):
        """Raw text (process.stdout.write): a line is complete at its newline."""
        pieces = text.split('\n')
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            if last and not piece:
                break
            if self.open_line:
                self.lines[-1] += piece
            else:
                self.lines.append(piece)
            self.open_line = last
            if not last and self.on_line is not None:
                self.on_line(self.lines[-1])


def uncaught_header(realm, value):
    """The first line `reflow run` prints for an uncaught ``value`` (after `Uncaught `)."""
    from reflow.builtins.console import uncaught_text
    from reflow.interp.vm.realm import ErrorObject
    from reflow.parser.chars import from_code_units
    if isinstance(value, ErrorObject):
        return from_code_units(realm.error_header(value))
    # the printer `reflow run` uses: it never runs a throwing getter into the host
    return from_code_units(uncaught_text(realm, value).split('\n')[0])


def run_source(realm, source, path):
    """Run ``source`` as `reflow run` does: a script, or a module if ``path`` ends in
    .mjs (its promise settled by the job queue), then the event loop (timers included).
    A script is named by the last part of ``path`` (stack traces stay short); a module
    by all of it (its imports are resolved from it). Returns the first line of the
    uncaught error, or None when the program ends normally."""
    from reflow.ext.program import run_to_completion
    module = path.endswith('.mjs')
    try:
        run_to_completion(realm, source, path if module else os.path.basename(path),
                          module=module)
    except JSThrow as exc:
        return uncaught_header(realm, exc.value)
    return None


def run_file(path):
    """Run the program file ``path`` in a fresh realm: (printed lines, uncaught error
    line or None, expected lines, expected uncaught line or None)."""
    with open(path, encoding='utf-8') as f:
        source = f.read()
    realm = create_realm(OutputHost())
    uncaught = run_source(realm, source, path)
    printed, expected_uncaught = expectations(source)
    return realm.host.lines, uncaught, printed, expected_uncaught
