"""reflow: a JavaScript and TypeScript runtime written in Python."""
__version__ = '0.1.0'
