"""`reflow run` is read without argparse (cli.quick_run_arguments): the same reading
as argparse's, and argparse's for anything else. As in Node, the words after FILE are
the script's (process.argv), flags or not."""
import pytest

from reflow.cli import build_parser, quick_run_arguments


@pytest.mark.parametrize('words', [
    ['run', 'x.js'], ['run', '--module', 'x.mjs'], ['run', 'x.js', '--module'],
    ['run', 'x.js', 'a', 'b'], ['run', '--module', 'x.js', 'a', '--module'],
    ['run', 'x.js', '-x'], ['run', 'x.js', 'a', '--module', 'b'],
    ['run', '--import-map', 'm.json', 'x.js', 'a'], ['run', '--import-map=m.json', 'x.js'],
    ['run', '--module', '--import-map', 'm.json', 'x.js', '--import-map', 'n'],
])
def test_run_is_read_as_argparse_reads_it(words):
    assert vars(quick_run_arguments(words)) == vars(build_parser('run').parse_args(words))


@pytest.mark.parametrize('words', [
    [], ['run'], ['run', '-h'], ['run', '--help', 'x.js'], ['run', '--import-map'],
    ['run', '--', '-x.js'], ['run', '-x', 'x.js'], ['check', 'x.js'], ['--help'],
])
def test_anything_else_is_argparse_s(words):
    assert quick_run_arguments(words) is None
