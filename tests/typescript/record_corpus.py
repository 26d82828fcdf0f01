"""Record the TypeScript corpus' expected output with tsc + Node.

    python -m tests.typescript.record_corpus [--tsc PATH] [--deno] [PROGRAM ...]

TypeScript (the version tests/typescript/npm/package.json pins) is installed with npm into
the cache tests/ext/modules/npm's helper keeps ($XDG_CACHE_HOME or ~/.cache,
reflow-tests/npm-<hash of the manifest>); --tsc uses another tsc instead (a development
copy). The corpus is copied into a temporary folder and compiled there by tsc, once per
tsconfig.json (each folder's own, none extending another), with its compilerOptions plus
noEmitOnError false, skipLibCheck and sourceMap: type errors are ignored, only the emit
matters. Then Node runs each program's output with --enable-source-maps (so that a stack
frame names the .ts line:col) and TZ=UTC, from the program's folder, and its stdout is
written to <program>.out beside the program. A program Node fails on is reported and gets
no .out.

Programs under errors/ are not run: their .out names the first syntax error TypeScript's
parser (ts.createSourceFile's parseDiagnostics) finds in the program, or else in the
relative modules it imports.

--deno also runs every program with `deno run` (it runs TypeScript directly) and prints
the programs where Deno's stdout differs from tsc + Node's; the .out stays tsc + Node's
(tests/typescript/README.md lists the differences)."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.ext.modules.npm.test_npm_packages import install_packages
from tests.typescript.corpus_files import CORPUS, HERE, SOURCE_SUFFIXES, compiler_options, \
    expected_path, is_error_case, nearest_tsconfig, programs

NPM_MANIFEST = HERE / 'npm'
NODE = shutil.which('node') or '/usr/bin/node'
RUN_TIMEOUT = 30
# options every compile gets, whatever the folder's tsconfig says
FORCED_OPTIONS = {'noEmitOnError': False, 'skipLibCheck': True, 'sourceMap': True,
                  'types': [], 'noEmit': False}

# ts.createSourceFile's first parse diagnostic of a file, or of the relative modules it
# imports (in import order): prints {"file", "line", "col", "message"} as JSON, or null
SYNTAX_ERROR_JS = r'''
const ts = require(process.argv[2]);
const fs = require('fs');
const path = require('path');
function firstError(file, seen) {
  if (seen.has(file) || !fs.existsSync(file)) return null;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, kind);
  const d = sf.parseDiagnostics[0];
  if (d) {
    const pos = sf.getLineAndCharacterOfPosition(d.start);
    return {file: path.basename(file), line: pos.line + 1, col: pos.character + 1,
            message: ts.flattenDiagnosticMessageText(d.messageText, ' ')};
  }
  for (const imp of ts.preProcessFile(text, true, true).importedFiles) {
    if (!imp.fileName.startsWith('.')) continue;
    const found = firstError(path.resolve(path.dirname(file), imp.fileName), seen);
    if (found) return found;
  }
  return null;
}
console.log(JSON.stringify(firstError(path.resolve(process.argv[3]), new Set())));
'''


def tsc_command(args):
    if args.tsc:
        return [args.tsc], None
    root = install_packages(NPM_MANIFEST)
    package = root / 'node_modules' / 'typescript'
    return [NODE, str(package / 'bin' / 'tsc')], package


def tsconfig_groups():
    """tsconfig.json path -> the source files (programs, helpers, .d.ts) it governs."""
    groups = {}
    for folder, dirs, files in os.walk(CORPUS):
        dirs[:] = [d for d in dirs if d != 'node_modules']
        for name in files:
            if name.endswith(SOURCE_SUFFIXES):
                rel = (Path(folder) / name).relative_to(CORPUS)
                groups.setdefault(nearest_tsconfig(rel), []).append(rel)
    return groups


def compile_corpus(tsc, work):
    """Copy the corpus to work/src and compile it into work/out; returns work/out."""
    src, out = work / 'src', work / 'out'
    shutil.copytree(CORPUS, src, ignore=shutil.ignore_patterns('*.out'))
    # the top folder first: a folder of its own compiled later overwrites what the top
    # folder's compile emitted for a file it imports from there
    groups = sorted(tsconfig_groups().items(), key=lambda item: len(item[0].parts))
    for tsconfig, files in groups:
        options = dict(compiler_options(tsconfig))
        options.update(FORCED_OPTIONS, rootDir=str(src), outDir=str(out))
        config = work / ('tsconfig-%d.json' % len(list(work.glob('tsconfig-*.json'))))
        config.write_text(json.dumps({'compilerOptions': options,
                                      'files': [str(src / f) for f in files]}, indent=1))
        done = subprocess.run(tsc + ['-p', str(config)], capture_output=True, text=True,
                              cwd=work)
        # exit code 2 = type errors with output emitted, which is expected
        if done.returncode not in (0, 1, 2):
            sys.exit('tsc failed on %s:\n%s%s' % (tsconfig, done.stdout, done.stderr))
        print('compiled %d files with %s' % (len(files), tsconfig.relative_to(CORPUS)))
    # what Node needs besides the emitted JavaScript: package.json "type" fields and the
    # local node_modules (JSX runtimes)
    for folder, dirs, files in os.walk(src):
        for name in files:
            path = Path(folder) / name
            rel = path.relative_to(src)
            if name == 'package.json' or 'node_modules' in rel.parts:
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, out / rel)
    return out


def emitted_path(out, relpath):
    suffix = {'.mts': '.mjs', '.cts': '.cjs'}.get(relpath.suffix, '.js')
    return out / relpath.with_suffix(suffix)


def node_env():
    env = {k: v for k, v in os.environ.items()
           if k not in ('NODE_OPTIONS', 'NODE_PATH', 'FORCE_COLOR', 'NO_COLOR')}
    env['TZ'] = 'UTC'
    return env


def run_node(out, relpath):
    script = emitted_path(out, relpath)
    return subprocess.run([NODE, '--enable-source-maps', str(script)], capture_output=True,
                          text=True, timeout=RUN_TIMEOUT, cwd=script.parent, env=node_env(),
                          stdin=subprocess.DEVNULL)


def syntax_error_line(package, work, relpath):
    if package is None:
        sys.exit('error cases need the typescript package (run without --tsc)')
    script = work / 'syntax-error.js'
    script.write_text(SYNTAX_ERROR_JS)
    done = subprocess.run([NODE, str(script), str(package), str(CORPUS / relpath)],
                          capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    if found is None:
        return None
    return 'SyntaxError: %(file)s:%(line)d:%(col)d  (tsc: %(message)s)\n' % found


def run_deno(relpath):
    deno = shutil.which('deno') or '/work/main/.venv/bin/deno'
    path = CORPUS / relpath
    return subprocess.run([deno, 'run', '--quiet', '--allow-read', '--allow-env',
                           '--no-lock', path.name], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, cwd=path.parent, env=node_env(),
                          stdin=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--tsc', help='a tsc to use instead of the npm-installed one')
    parser.add_argument('--deno', action='store_true',
                        help="also run each program with deno and list where it differs")
    parser.add_argument('programs', nargs='*', help='corpus-relative paths (default: all)')
    args = parser.parse_args()
    wanted = [Path(p) for p in args.programs] or programs()
    tsc, package = tsc_command(args)
    failed, differs = [], []
    with tempfile.TemporaryDirectory(prefix='reflow-ts-corpus-') as tmp:
        work = Path(tmp)
        out = compile_corpus(tsc, work)
        for relpath in wanted:
            if is_error_case(relpath):
                line = syntax_error_line(package, work, relpath)
                if line is None:
                    failed.append((relpath, 'TypeScript finds no syntax error'))
                    continue
                expected_path(relpath).write_text(line)
                continue
            done = run_node(out, relpath)
            if done.returncode != 0:
                failed.append((relpath, done.stderr.strip()[-600:]))
                continue
            expected_path(relpath).write_text(done.stdout)
            if args.deno:
                deno = run_deno(relpath)
                # Deno's console.log quotes strings in arrays and objects with "
                if deno.stdout.replace('"', "'") != done.stdout.replace('"', "'"):
                    differs.append((relpath, done.stdout, deno.stdout + deno.stderr[-400:]))
    print('recorded %d of %d programs' % (len(wanted) - len(failed), len(wanted)))
    for relpath, why in failed:
        print('FAILED %s:\n%s' % (relpath, why))
    for relpath, node_out, deno_out in differs:
        print('DENO DIFFERS %s:\n--- tsc + node\n%s--- deno\n%s' % (relpath, node_out, deno_out))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
