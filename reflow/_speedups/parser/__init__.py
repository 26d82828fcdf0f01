"""Cython-compiled copies of reflow/parser's hot modules (built by setup.py)."""
