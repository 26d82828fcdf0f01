"""The `reflow` command."""
import argparse
import json
import math
import sys

from .parser import JSSyntaxError, parse


def read_source(path):
    """Read a source file as text; invalid UTF-8 becomes U+FFFD as in a JS host."""
    with open(path, 'rb') as f:
        data = f.read()
    return data.decode('utf-8', errors='replace')


def source_type_for(path, force_module):
    # Node's rule: .mjs is a module, .cjs and .js scripts unless told otherwise
    return 'module' if force_module or path.endswith('.mjs') else 'script'


def _jsonable(node):
    """The tree as JSON values: numbers as JSON.stringify writes them."""
    if isinstance(node, dict):
        out = {k: _jsonable(v) for k, v in node.items()}
        if 'bigint' in node:
            out['value'] = None   # JSON has no BigInt; the digits are in 'bigint'
        return out
    if isinstance(node, list):
        return [_jsonable(v) for v in node]
    if isinstance(node, float):
        if not math.isfinite(node):
            return None
        if node == int(node) and abs(node) < 1e21:
            return int(node)
    return node


def cmd_check(args):
    try:
        source = read_source(args.file)
    except OSError as exc:
        print('reflow: cannot read %s: %s' % (args.file, exc.strerror), file=sys.stderr)
        return 2
    try:
        parse(source, source_type_for(args.file, args.module), filename=args.file)
    except JSSyntaxError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def cmd_parse(args):
    try:
        source = read_source(args.file)
    except OSError as exc:
        print('reflow: cannot read %s: %s' % (args.file, exc.strerror), file=sys.stderr)
        return 2
    try:
        tree = parse(source, source_type_for(args.file, args.module), filename=args.file,
                     loc=args.loc, range=True)
    except JSSyntaxError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    json.dump(_jsonable(tree), sys.stdout, indent=args.indent)
    sys.stdout.write('\n')
    return 0


def _report_uncaught(realm, exc):
    """Uncaught <Name>: <message> then the stack, on stderr (issue: like Node)."""
    from .interp.realm import ErrorObject
    from .builtins.console import inspect
    value = exc.value
    if isinstance(value, ErrorObject):
        stack = value.get('stack')
        text = stack if type(stack) is str else realm.error_header(value)
    else:
        text = inspect(realm, value)
    from .interp.event_loop import UnhandledRejection
    from .parser.chars import from_code_units
    prefix = 'Uncaught (in promise) ' if isinstance(exc, UnhandledRejection) else 'Uncaught '
    print(from_code_units(prefix + text), file=sys.stderr)


def _new_realm():
    from .interp.realm import Realm
    return Realm()


def cmd_run(args):
    from .interp.errors import JSThrow
    from .interp.script import evaluate_script
    try:
        source = read_source(args.file)
    except OSError as exc:
        print('reflow: cannot read %s: %s' % (args.file, exc.strerror), file=sys.stderr)
        return 2
    realm = _new_realm()
    try:
        if args.module or args.file.endswith('.mjs'):
            from .interp.modules import evaluate_module
            promise = evaluate_module(realm, source, args.file)
            realm.run_jobs()
            if promise.state == 'rejected':
                raise JSThrow(promise.result)
        else:
            evaluate_script(realm, source, args.file)
        # timers and I/O: the process lives while they are pending, as Node's does
        realm.event_loop.run()
    except JSThrow as exc:
        _report_uncaught(realm, exc)
        return 1
    return 0


def cmd_eval(args):
    from .interp.errors import JSThrow
    from .interp.script import evaluate_script
    from .builtins.console import inspect
    realm = _new_realm()
    try:
        value = evaluate_script(realm, args.code, '[eval]')
        realm.event_loop.run()
    except JSThrow as exc:
        _report_uncaught(realm, exc)
        return 1
    # the completion value, printed as Node's REPL does
    from .parser.chars import from_code_units
    print(from_code_units(inspect(realm, value, top=False)))
    return 0


def cmd_dis(args):
    """Print the bytecode of FILE (each function after the code that makes it)."""
    from .interp.compiler import CompileError, Compiler
    from .parser import JSSyntaxError, parse
    try:
        source = read_source(args.file)
    except OSError as exc:
        print('reflow: cannot read %s: %s' % (args.file, exc.strerror), file=sys.stderr)
        return 2
    module = args.module or args.file.endswith('.mjs')
    try:
        program = parse(source, 'module' if module else 'script', args.file)
        compiler = Compiler(source, args.file)
        code = compiler.compile_module(program) if module else \
            compiler.compile_script(program)
    except JSSyntaxError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except CompileError as exc:
        print('SyntaxError: %s' % exc, file=sys.stderr)
        return 1
    print(code.disassemble())
    return 0


def build_parser():
    p = argparse.ArgumentParser(prog='reflow', description='A JavaScript runtime in Python.')
    sub = p.add_subparsers(dest='command', required=True)
    c = sub.add_parser('check', help='parse FILE; exit 0 if it parses, 1 with the error')
    c.add_argument('file')
    c.add_argument('--module', action='store_true', help='parse as a module (.mjs is one)')
    c.set_defaults(func=cmd_check)
    c = sub.add_parser('parse', help='print the ESTree of FILE as JSON')
    c.add_argument('file')
    c.add_argument('--module', action='store_true', help='parse as a module (.mjs is one)')
    c.add_argument('--loc', action='store_true', help='add line/column locations')
    c.add_argument('--indent', type=int, default=2, help='JSON indentation')
    c.set_defaults(func=cmd_parse)
    c = sub.add_parser('run', help='run FILE as a script (a module if .mjs or --module)')
    c.add_argument('file')
    c.add_argument('--module', action='store_true', help='run as a module (.mjs is one)')
    c.add_argument('args', nargs='*', help='arguments for the script')
    c.set_defaults(func=cmd_run)
    c = sub.add_parser('dis', help='print the bytecode of FILE')
    c.add_argument('file')
    c.add_argument('--module', action='store_true', help='compile as a module (.mjs is one)')
    c.set_defaults(func=cmd_dis)
    c = sub.add_parser('test262', help='run test262 tests against the expectations file')
    from .test262.runner import add_arguments, main as test262_main
    add_arguments(c)
    c.set_defaults(func=test262_main)
    c = sub.add_parser('eval', help="evaluate CODE and print its value (like Node's REPL)")
    c.add_argument('code')
    c.set_defaults(func=cmd_eval)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:   # Ctrl-C: the status Node's shell shows, no traceback
        return 130
    except RecursionError:   # a path the stack budget missed: still V8's error
        print('Uncaught RangeError: Maximum call stack size exceeded', file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == '__main__':
    sys.exit(main())
