"""Record what tsc + Node print for the decorator programs of decorators/ into
decorators_expected.json (run by hand when a program is added or changed; tsc's output
is written to a temporary directory, never kept):

    python tests/parser/typescript/record_decorators.py

A program named legacy_*.ts is compiled with --experimentalDecorators, one named
*_module.ts is run as an ES module, one named *_nodefine* has
--useDefineForClassFields false."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'decorators')
EXPECTED = os.path.join(HERE, 'decorators_expected.json')
TSC = os.environ.get('TSC', '/work/tstools/node_modules/.bin/tsc')


def record(name, out_dir):
    path = os.path.join(PROGRAMS, name)
    args = [TSC, '--target', 'ES2022', '--noCheck', '--outDir', out_dir, path]
    if name.startswith('legacy_'):
        args.insert(1, '--experimentalDecorators')
    if name.endswith('_module.ts'):
        args[1:1] = ['--module', 'es2022']
    if '_nodefine' in name:
        args[1:1] = ['--useDefineForClassFields', 'false']
    subprocess.run(args, capture_output=True, text=True)
    js = os.path.join(out_dir, name[:-3] + '.js')
    if name.endswith('_module.ts'):
        os.rename(js, js[:-3] + '.mjs')
        js = js[:-3] + '.mjs'
    run = subprocess.run(['node', js], capture_output=True, text=True, timeout=30)
    if run.returncode != 0:
        sys.exit('%s failed in Node:\n%s' % (name, run.stderr))
    return run.stdout.splitlines()


def main():
    with tempfile.TemporaryDirectory() as out_dir:
        expected = {name: record(name, out_dir)
                    for name in sorted(os.listdir(PROGRAMS)) if name.endswith('.ts')}
    with open(EXPECTED, 'w', encoding='utf-8') as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write('\n')
    print('recorded %d programs' % len(expected))


if __name__ == '__main__':
    main()
