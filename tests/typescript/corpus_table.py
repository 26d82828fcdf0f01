"""Run the TypeScript corpus and print its pass counts by construct and build:

    python -m tests.typescript.corpus_table [pytest arguments, e.g. -k pure]

(the table is conftest.py's terminal summary; every run of test_corpus.py prints it)."""
import sys
from pathlib import Path

import pytest

if __name__ == '__main__':
    test_file = str(Path(__file__).with_name('test_corpus.py'))
    sys.exit(pytest.main([test_file, '-q', '--tb=no', '-p', 'no:cacheprovider']
                         + sys.argv[1:]))
