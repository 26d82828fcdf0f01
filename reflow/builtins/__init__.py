"""reflow.builtins (see shared/DESIGN.md)."""
