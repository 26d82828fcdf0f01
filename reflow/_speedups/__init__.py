"""reflow._speedups (see shared/DESIGN.md)."""
