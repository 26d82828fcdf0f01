"""The `reflow` command."""
import math
import sys

from .ext.source_file import SourceFileError, read_source_file
from .parser import JSSyntaxError, parse


def _cannot_read(path, exc):
    _print_text('reflow: cannot read %s: %s' % (path, exc.reason), sys.stderr)
    return 2


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


def _parse_file(path, source, force_module, typescript_tree=False, **options):
    """The tree of the file ``path`` in its language. JavaScript: a module when Node's
    extension rule (or --module) says so. TypeScript and JSX (.ts, .mts, .cts, .tsx,
    .jsx): .mts is a module; others parse as a module (.cts: one run as CommonJS), or
    as a script when only that succeeds (a module's error is the one reported).
    ``typescript_tree``: TypeScript's own tree (types and all), not the erased one."""
    import os
    from .ext.modules.languages import SourceParser, language_of
    typescript, jsx = language_of(path)
    if not (typescript or jsx):
        return parse(source, source_type_for(path, force_module), filename=path, **options)
    if typescript_tree and typescript:
        from .parser import parse_typescript_tree

        def parse_one(source_type):
            return parse_typescript_tree(source, source_type, path, jsx, **options)
    else:
        sources = SourceParser()

        def parse_one(source_type):
            return sources.parse(source, source_type, os.path.abspath(path),
                                 module_kind='commonjs' if path.endswith('.cts') else None,
                                 **options)
    if force_module or path.endswith('.mts'):
        return parse_one('module')
    try:
        return parse_one('module')
    except JSSyntaxError as module_error:
        try:
            return parse_one('script')
        except JSSyntaxError:
            raise module_error from None


def cmd_check(args):
    try:
        source = read_source_file(args.file)
    except SourceFileError as exc:
        return _cannot_read(args.file, exc)
    try:
        _parse_file(args.file, source, args.module)
    except JSSyntaxError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def cmd_parse(args):
    try:
        source = read_source_file(args.file)
    except SourceFileError as exc:
        return _cannot_read(args.file, exc)
    try:
        tree = _parse_file(args.file, source, args.module, typescript_tree=True,
                           loc=args.loc, range=True)
    except JSSyntaxError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    import json
    json.dump(_jsonable(tree), sys.stdout, indent=args.indent)
    sys.stdout.write('\n')
    return 0


def _report_uncaught(realm, exc):
    """Uncaught <Name>: <message> then the stack, on stderr (issue: like Node)."""
    from .builtins.console import uncaught_text
    from .ext.event_loop import UnhandledRejection
    prefix = 'Uncaught (in promise) ' if isinstance(exc, UnhandledRejection) else 'Uncaught '
    _print_text(prefix + uncaught_text(realm, exc.value), sys.stderr)


def _print_warning(text):
    _print_text('(reflow:%d) %s' % (__import__('os').getpid(), text), sys.stderr)


def _print_text(text, out):
    """A line of reflow's own output (an uncaught error, eval's value): lone
    surrogates become U+FFFD, and a closed or full stream is no crash."""
    from .ext.stdio import write_line
    from .parser.chars import from_code_units
    try:
        write_line(out, from_code_units(text))
    except BrokenPipeError:
        pass   # the reader has gone; the exit status still says what happened


def _new_realm():
    from .ext.host import create_realm
    return create_realm()


def cmd_run(args):
    import os
    from .ext.errors import ProcessExit
    from .ext.host import Host, create_realm
    from .ext.modules.loader import ModuleLoader
    try:
        source = read_source_file(args.file)
    except SourceFileError as exc:
        return _cannot_read(args.file, exc)
    path = os.path.abspath(args.file)
    from .ext.modules.import_map import ImportMap, ImportMapError, find_deno_json
    try:
        # --import-map FILE, else the imports of a deno.json beside the entry (Deno's)
        import_map = ImportMap.load(args.import_map) if getattr(args, 'import_map', None) \
            else find_deno_json(path)
    except (ImportMapError, OSError, UnicodeDecodeError) as exc:
        _print_text('reflow: cannot use the import map: %s' % (
            getattr(exc, 'strerror', None) or exc), sys.stderr)
        return 2
    loader = ModuleLoader(import_map)
    loader.graph.add(path)   # the entry of the static graph
    host = Host(loader=loader)
    # process.argv: the program running us (None: process.execPath), the script, its words
    host.argv = [None, path] + list(args.args)
    realm = create_realm(host)
    try:
        return _run_main(realm, loader, path, source, args.module)
    except ProcessExit as exc:   # process.exit(code), after its 'exit' listeners ran
        return exc.code


def _run_main(realm, loader, path, source, force_module):
    """Run the entry, then Node's end of a program ('beforeExit', 'exit', exitCode):
    the exit status."""
    from .ext.event_loop import UnsettledPromise
    from .ext.node.bindings.process import finish
    from .ext.program import run_to_completion
    from .interp.vm.errors import JSThrow
    try:
        # Node's choice of kind: .mjs/.cjs, the package.json "type", the syntax
        kind = loader.entry_kind(path, source, force_module, _print_warning)
        # timers and I/O: the process lives while they are pending, as Node's does
        run_to_completion(realm, source, path, module=kind == 'module',
                          commonjs=kind == 'commonjs')
        code = 0
    except JSThrow as exc:
        _report_uncaught(realm, exc)
        code = 1
    except UnsettledPromise:
        # a top-level await that nothing can settle: Node exits 13
        code = 13
    try:
        return finish(realm, code)
    except JSThrow as exc:   # an 'exit' or 'beforeExit' listener threw
        _report_uncaught(realm, exc)
        return 1


def cmd_eval(args):
    from .ext.program import run_to_completion
    from .interp.vm.errors import JSThrow
    from .builtins.console import inspect_safely
    realm = _new_realm()
    try:
        value = run_to_completion(realm, args.code, '[eval]')
    except JSThrow as exc:
        _report_uncaught(realm, exc)
        return 1
    # the completion value, printed as Node's REPL does
    _print_text(inspect_safely(realm, value, top=False), sys.stdout)
    return 0


def cmd_dis(args):
    """Print the bytecode of FILE (each function after the code that makes it)."""
    from .interp.compiler.compiler import CompileError, Compiler
    from .interp.vm.errors import JSErrorSignal
    from .parser import JSSyntaxError, parse
    try:
        source = read_source_file(args.file)
    except SourceFileError as exc:
        return _cannot_read(args.file, exc)
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
    except JSErrorSignal as sig:   # nested too deeply to compile
        print('%s: %s' % (sig.name, sig.message), file=sys.stderr)
        return 1
    print(code.disassemble())
    return 0


def _add_file(c, verb):
    c.add_argument('file')
    c.add_argument('--module', action='store_true', help='%s as a module (.mjs is one)' % verb)


def _check_arguments(c):
    _add_file(c, 'parse')
    c.set_defaults(func=cmd_check)


def _parse_arguments(c):
    _add_file(c, 'parse')
    c.add_argument('--loc', action='store_true', help='add line/column locations')
    c.add_argument('--indent', type=int, default=2, help='JSON indentation')
    c.set_defaults(func=cmd_parse)


def _run_arguments(c):
    _add_file(c, 'run')
    c.add_argument('--import-map', metavar='FILE',
                   help='an import map (JSON) for the ES imports, as Deno reads one')
    c.add_argument('args', nargs=__import__('argparse').REMAINDER, help='arguments for the script')
    c.set_defaults(func=cmd_run)


def _dis_arguments(c):
    _add_file(c, 'compile')
    c.set_defaults(func=cmd_dis)


def _test262_arguments(c):
    from .test262.runner import add_arguments, main as test262_main
    add_arguments(c)
    c.set_defaults(func=test262_main)


def _eval_arguments(c):
    c.add_argument('code')
    c.set_defaults(func=cmd_eval)


# name, help, and the function adding its arguments
COMMANDS = (
    ('check', 'parse FILE; exit 0 if it parses, 1 with the error', _check_arguments),
    ('parse', 'print the ESTree of FILE as JSON', _parse_arguments),
    ('run', 'run FILE: an ES module or CommonJS as Node decides (.mjs/.cjs, package.json '
     '"type", the syntax), a module with --module', _run_arguments),
    ('dis', 'print the bytecode of FILE', _dis_arguments),
    ('test262', 'run test262 tests against the expectations file', _test262_arguments),
    ('eval', "evaluate CODE and print its value (like Node's REPL)", _eval_arguments),
)


def build_parser(command=None):
    """The argument parser; given the command, only that command's arguments are
    added (the test262 runner's import, multiprocessing and all, is for test262)."""
    import argparse
    p = argparse.ArgumentParser(prog='reflow', description='A JavaScript runtime in Python.')
    sub = p.add_subparsers(dest='command', required=True)
    for name, help, add_arguments in COMMANDS:
        c = sub.add_parser(name, help=help)
        if command is None or name == command:
            add_arguments(c)
    return p


def quick_run_arguments(words):
    """The arguments of the common `reflow run [--module] [--import-map FILE] FILE
    [ARG...]`, read as build_parser reads them but without argparse, whose parser costs
    ~15 ms of a ~70 ms start (it imports shutil, and looks for its translations at each
    message); None for anything else (help, another option, no file), which argparse
    reads and reports. As with Node, every word after FILE is the script's."""
    if not words or words[0] != 'run':
        return None
    module = False
    import_map = None
    i = 1
    while i < len(words) and words[i].startswith('-'):
        flag = words[i]
        if flag == '--module':
            module = True
        elif flag == '--import-map' and i + 1 < len(words):
            i += 1
            import_map = words[i]
        elif flag.startswith('--import-map='):
            import_map = flag[len('--import-map='):]
        else:
            return None
        i += 1
    if i >= len(words):
        return None
    from types import SimpleNamespace
    return SimpleNamespace(command='run', file=words[i], module=module,
                           import_map=import_map, args=words[i + 1:], func=cmd_run)


def _open_closed_streams():
    """A stdout or stderr whose descriptor was closed before reflow started (`>&-`)
    is None in Python: writes to it are dropped, as Node's are, through /dev/null
    (which takes the free descriptor, so no file reflow opens later lands there)."""
    import os
    for name in ('stdout', 'stderr'):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, 'w', encoding='utf-8'))


def main(argv=None):
    _open_closed_streams()
    words = sys.argv[1:] if argv is None else argv
    args = quick_run_arguments(words)
    if args is None:
        command = words[0] if words and words[0] in [c[0] for c in COMMANDS] else None
        args = build_parser(command).parse_args(words)
    try:
        return args.func(args)
    except KeyboardInterrupt:   # Ctrl-C: the status Node's shell shows, no traceback
        return 130
    except RecursionError:   # a path the stack budget missed: still V8's error
        print('Uncaught RangeError: Maximum call stack size exceeded', file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader of stdout has gone: a quiet end, and no second failure when
        # Python flushes the stream at exit
        from .ext.stdio import silence
        silence(sys.stdout)
        return 0
    except OSError as exc:   # one with no file name: writing the output failed
        from .ext.stdio import silence, write_line
        silence(sys.stdout)
        reason = exc.strerror or str(exc)
        write_line(sys.stderr, 'reflow: %s: %s' % (exc.filename, reason) if exc.filename
                   else 'reflow: cannot write the output: %s' % reason)
        return 1


if __name__ == '__main__':
    sys.exit(main())
