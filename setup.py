"""reflow's build: pure Python, with the hot modules compiled by Cython when it and a C
compiler are present (shared/DESIGN.md). REFLOW_PURE=1 skips compilation."""
import os
import sys

from setuptools import setup

# Modules compiled when Cython is available: the same source runs uncompiled.
COMPILED = []


def extensions():
    if os.environ.get('REFLOW_PURE') == '1' or not COMPILED:
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        sys.stderr.write('reflow: Cython not found, building pure Python\n')
        return []
    try:
        return cythonize(COMPILED, language_level=3, quiet=True)
    except Exception as exc:  # no C compiler, or a Cython error: fall back, say so
        sys.stderr.write('reflow: compiling failed (%s), building pure Python\n' % exc)
        return []


setup(ext_modules=extensions())
