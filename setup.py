"""reflow's build: pure Python, with the hot modules compiled by Cython when it and a C
compiler are present (shared/DESIGN.md). REFLOW_PURE=1 at build time skips compiling;
at run time it makes reflow ignore the compiled copies."""
import hashlib
import os
import sys
import time

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# Modules compiled when Cython is available; the same source runs uncompiled. Each
# compiled copy lives in reflow/_speedups/<package>/ so that REFLOW_PURE=1 can choose
# the uncompiled one at run time.
COMPILED = {
    'parser': ['scanner', 'base', 'parser', 'expressions', 'patterns', 'functions', 'modules',
               'scope',
               # the TypeScript and JSX links of the chain: compiled, their methods'
               # bodies are C (the classes stay Python classes over the compiled ones)
               'jsx', 'typescript_tokens', 'typescript_types', 'typescript_declarations',
               'typescript_functions', 'typescript_classes', 'typescript'],
    'interp': ['vm/dispatch', 'compiler/code', 'vm/objects', 'vm/operations', 'vm/function',
               'vm/realm', 'vm/coroutines', 'vm/operators', 'vm/references',
               # the out-of-line handlers that run often enough to pay for their compile
               # (object literals and closures, operators on mixed types, iteration,
               # classes); the rest run as Python
               'vm/handlers/literals', 'vm/handlers/operators', 'vm/handlers/iteration',
               'vm/handlers/classes'],
}
# modules whose OP_<NAME> constants and code flags (STRICT, ARROW, ...: the NAME = number
# lines of compiler/code.py) are written in as numbers before compiling, outside import
# lines, so that the dispatch loop's comparisons become a C switch and its flag tests
# C arithmetic
OPCODE_LITERALS = {'vm/dispatch'}


def warn(message):
    sys.stderr.write('reflow: %s; using pure Python\n' % message)


# sources a compiled copy depends on without being compiled itself
DEPENDS = {'interp': ['compiler/opcodes']}


def write_source_hashes(root='.'):
    """Record the hash of each compiled source in ``root``'s reflow/_speedups (the source
    tree, or the build's copy that a wheel is made from), so that a compiled module older
    than its source is never used (reflow._speedups.compiled_path checks)."""
    for pkg, mods in COMPILED.items():
        hashes = {}
        for mod in mods + DEPENDS.get(pkg, []):
            for name in (mod + '.py', mod + '.pxd'):
                path = os.path.join('reflow', pkg, name)
                if os.path.exists(path):
                    with open(path, 'rb') as f:
                        hashes[name] = hashlib.sha1(f.read()).hexdigest()
        with open(os.path.join(root, 'reflow', '_speedups', pkg, '_sources.py'), 'w') as f:
            f.write('# written by setup.py: sha1 of each compiled source\n')
            f.write('SOURCES = %r\n' % (hashes,))


def source_for(pkg, mod):
    path = os.path.join('reflow', pkg, mod + '.py')
    if mod not in OPCODE_LITERALS:
        return path
    import re
    sys.path.insert(0, os.path.join('reflow', 'interp', 'compiler'))
    try:
        import opcodes
    finally:
        sys.path.pop(0)
    with open(os.path.join('reflow', 'interp', 'compiler', 'code.py')) as f:
        flags = dict(re.findall(r'^([A-Z_]+) = (\d+)\b', f.read(), re.M))
    with open(path) as f:
        text = f.read()
    text = re.sub(r'\bOP_([A-Z0-9_]+)\b',
                  lambda m: str(opcodes.NUMBER[m.group(1)]) if m.group(1) in opcodes.NUMBER
                  else m.group(0), text)
    flag_name = re.compile(r'(?<![\w.\'"])(%s)\b(?![\'"])' % '|'.join(flags))
    text = '\n'.join(line if re.match(r'\s*(from|import)\b', line) else
                      flag_name.sub(lambda m: flags[m.group(1)], line)
                      for line in text.split('\n'))
    out = os.path.join('build', 'gen', pkg, mod + '.py')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    try:
        with open(out) as f:
            unchanged = f.read() == text
    except OSError:
        unchanged = False
    if not unchanged:   # a rewritten file, newer than its C, would be compiled again
        with open(out, 'w') as f:
            f.write(text)
    # its declarations beside it too, so that cythonize sees when they (or the .pxd
    # files they cimport) change
    pxd = path[:-3] + '.pxd'
    if os.path.exists(pxd):
        with open(pxd) as f:
            declarations = f.read()
        try:
            with open(out[:-3] + '.pxd') as f:
                unchanged = f.read() == declarations
        except OSError:
            unchanged = False
        if not unchanged:
            with open(out[:-3] + '.pxd', 'w') as f:
                f.write(declarations)
    return out


def extensions():
    if os.environ.get('REFLOW_PURE') == '1':
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        warn('Cython not found')
        return []
    # Each extension is named after the module it compiles (reflow.interp.vm.dispatch),
    # so that Cython finds its augmenting .pxd (reflow/interp/vm/dispatch.pxd) and the
    # cimports between them; OptionalBuildExt writes it to reflow/_speedups/<package>/
    # all the same.
    exts = [Extension('reflow.%s.%s' % (pkg, mod.replace('/', '.')), [source_for(pkg, mod)])
            for pkg, mods in COMPILED.items() for mod in mods]
    # largest first: the C compiles run in parallel, and the biggest module started
    # last would finish alone
    exts.sort(key=lambda ext: -os.path.getsize(ext.sources[0]))
    try:
        built = cythonize(exts, language_level=3, quiet=True, build_dir='build/cython',
                          include_path=['.'], nthreads=jobs())
    except Exception as exc:
        warn('Cython failed (%s)' % exc)
        return []
    return built


def modified(path):
    return os.path.getmtime(path) if os.path.exists(path) else None


def jobs():
    """How many modules are compiled at once: one per core."""
    return os.cpu_count() or 1


class OptionalBuildExt(build_ext):
    """Compiling is an optimisation: without a working C compiler, install pure Python.
    The C compiles run in parallel, one per core, unless -j/--parallel says otherwise."""

    def finalize_options(self):
        super().finalize_options()
        if not self.parallel:
            self.parallel = jobs()

    def build_extensions(self):
        # Python's CFLAGS ask for debug info, which costs about a third more compile time
        # on these modules and is of no use to an installed reflow; CFLAGS=-g keeps it
        if '-g' not in os.environ.get('CFLAGS', '').split() and \
                hasattr(self.compiler, 'compiler_so'):
            self.compiler.compiler_so = [f for f in self.compiler.compiler_so if f != '-g']
        super().build_extensions()

    def run(self):
        # build into build_lib, then copy by hand for --inplace: setuptools' own copy
        # would put reflow.interp.vm.dispatch beside dispatch.py instead of in reflow/_speedups
        inplace, self.inplace = self.inplace, 0
        try:
            super().run()
        except Exception as exc:
            warn('compiling failed (%s)' % exc)
            return
        if inplace:
            import shutil
            for ext in self.extensions:
                built = self.get_ext_fullpath(ext.name)
                if os.path.exists(built):
                    # a new file renamed over the old: a running process keeps the
                    # copy it mapped
                    target = os.path.relpath(built, self.build_lib)
                    # (reflow/_speedups/interp/vm/ holds only compiled files: a fresh
                    # checkout does not have it)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.copyfile(built, target + '.new')
                    os.replace(target + '.new', target)
        if self.extensions:
            # only now do the compiled copies match their sources: in the source tree
            # (--inplace, an editable install) and in the build a wheel is made from
            write_source_hashes()
            if os.path.isdir(os.path.join(self.build_lib, 'reflow', '_speedups')):
                write_source_hashes(self.build_lib)

    def get_ext_fullpath(self, ext_name):
        # reflow.interp.vm.dispatch -> reflow/_speedups/interp/vm/dispatch.<abi>.so
        parts = ext_name.split('.')
        if len(parts) >= 3 and parts[0] == 'reflow' and parts[1] in COMPILED:
            ext_name = 'reflow._speedups.' + '.'.join(parts[1:])
        return super().get_ext_fullpath(ext_name)

    def build_extension(self, ext):
        start = time.perf_counter()
        before = modified(self.get_ext_fullpath(ext.name))
        try:
            super().build_extension(ext)
            if modified(self.get_ext_fullpath(ext.name)) != before:   # not up to date
                sys.stderr.write('reflow: %s compiled in %.1f s\n'
                                 % (ext.name, time.perf_counter() - start))
        except Exception as exc:
            warn('compiling %s failed (%s)' % (ext.name, exc))
            self.failed = True


setup(ext_modules=extensions(), cmdclass={'build_ext': OptionalBuildExt})
