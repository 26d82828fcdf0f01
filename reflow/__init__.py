"""reflow: a JavaScript and TypeScript runtime written in Python."""
__version__ = '0.1.0'

# JS undefined as the host sees it (null is None): the engine's own singleton
from reflow.interp.values import UNDEFINED  # noqa: E402
