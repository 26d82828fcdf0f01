"""reflow.interp (see shared/DESIGN.md)."""
