"""Compiled copies of reflow.interp modules (see reflow/_speedups/__init__.py)."""
