"""Run a TypeScript program through reflow's pipeline (parse(typescript=True): the
TypeScript parser, lower_typescript, lower_decorators; the compiler, the VM) and collect what it prints: an ES module, or with
``module_kind='commonjs'`` a CommonJS main module.

`python -m tests.parser.typescript.lower_runner` reads JSON requests on stdin
([{"name", "source", "options"}]) and writes {name: [lines, uncaught]} on stdout: the
test runs the other build (REFLOW_PURE=1) through it."""
import json
import os
import sys

from reflow.parser import TSOptions, parse
from reflow.parser.typescript_lower import lower_typescript

HERE = os.path.dirname(os.path.abspath(__file__))


def lowered(source, filename, options, tree=None):
    """The program of ``source`` as reflow.parser.parse makes it of a TypeScript file
    (parsed as a module, as tsc parses every file, also one it emits as CommonJS); with
    ``tree`` (a typescript-estree tree), that tree lowered."""
    if tree is None:
        return parse(source, 'module', filename, typescript=True,
                     jsx=filename.endswith('x'), ts_options=options)
    return lower_typescript(tree, options, source, filename)


def run_program(program, source, filename, commonjs):
    """Run a lowered ``program``: (printed lines, first line of the uncaught error)."""
    from reflow.ext.modules.loader import ModuleLoader
    from reflow.ext.program import run_to_completion
    from reflow.interp.vm.errors import JSThrow
    from tests.jshelpers import OutputHost, uncaught_header
    from reflow.ext.host import create_realm
    loader = ModuleLoader(None)
    realm = create_realm(OutputHost(loader=loader))
    path = os.path.join(HERE, 'lower', filename)
    if commonjs:
        loader.parsed[path] = program
    else:
        # the entry module's tree is the one lowered with the case's options
        own = loader.parse_module
        loader.parse_module = lambda realm, src, name: program if name == path else \
            own(realm, src, name)
    try:
        run_to_completion(realm, source, path, module=not commonjs, commonjs=commonjs)
        uncaught = None
    except JSThrow as exc:
        uncaught = uncaught_header(realm, exc.value)
    return realm.host.lines, uncaught


def options_of(spec):
    return TSOptions(**spec)


def run_case(filename, source, spec, tree=None):
    options = options_of(spec)
    program = lowered(source, filename, options, tree)
    return run_program(program, source, filename, options.module_kind == 'commonjs')


def main():
    requests = json.load(sys.stdin)
    out = {}
    for r in requests:
        try:
            out[r['name']] = run_case(r['name'], r['source'], r['options'])
        except Exception as exc:   # reported, the parent test fails on it
            out[r['name']] = [[], 'Python %s: %s' % (type(exc).__name__, exc)]
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
