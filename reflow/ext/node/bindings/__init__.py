"""The host ops of the Node built-ins (reflow/ext/node/__init__.py)."""
