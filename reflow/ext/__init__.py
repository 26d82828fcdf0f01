"""reflow.ext (see shared/DESIGN.md)."""
