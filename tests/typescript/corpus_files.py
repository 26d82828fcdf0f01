"""The TypeScript corpus' layout, shared by record_corpus.py and test_corpus.py.

corpus/<construct>/[<sub>/]<name>.ts|.tsx|.mts|.cts is a program; a file whose name starts
with `_` is a module other programs import, and *.d.ts is a declaration file: neither is
run on its own. Each program's expected output is <name>.out beside it. The nearest
tsconfig.json above a program (corpus/tsconfig.json at the top) holds the compiler
options both tsc and reflow use for it; package.json files say which files are ES modules
(corpus/package.json: "type": "module"; modules/cjs: "commonjs").

Programs under errors/ must not compile: their .out is one line,
`SyntaxError: <file>:<line>:<col>  (tsc: <message>)`, the first syntax error TypeScript's
parser reports for the program (or for a module it imports)."""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / 'corpus'
SOURCE_SUFFIXES = ('.ts', '.tsx', '.mts', '.cts')
ERROR_CONSTRUCT = 'errors'


def is_program(path):
    name = path.name
    return (name.endswith(SOURCE_SUFFIXES) and not name.startswith('_')
            and not name.endswith(('.d.ts', '.d.mts', '.d.cts'))
            and 'node_modules' not in path.parts)


def programs():
    """Every program, as a path relative to the corpus, sorted."""
    found = []
    for folder, dirs, files in os.walk(CORPUS):
        dirs[:] = [d for d in dirs if d != 'node_modules']
        for name in files:
            path = Path(folder) / name
            if is_program(path):
                found.append(path.relative_to(CORPUS))
    return sorted(found)


def construct(relpath):
    """The construct a program tests: its first folder under the corpus."""
    return Path(relpath).parts[0]


def program_id(relpath):
    """construct/sub/name.ext, so that `pytest -q` and -k show the construct."""
    return Path(relpath).as_posix()


def expected_path(relpath):
    path = CORPUS / relpath
    return path.with_name(path.name + '.out')


def nearest_tsconfig(relpath):
    """The tsconfig.json that governs a program: the nearest one in its folder or above."""
    folder = (CORPUS / relpath).parent
    while True:
        candidate = folder / 'tsconfig.json'
        if candidate.exists():
            return candidate
        if folder == CORPUS:
            raise FileNotFoundError('no tsconfig.json above %s' % relpath)
        folder = folder.parent


def compiler_options(tsconfig):
    with open(tsconfig, encoding='utf-8') as f:
        return json.load(f).get('compilerOptions', {})


def is_error_case(relpath):
    return construct(relpath) == ERROR_CONSTRUCT
