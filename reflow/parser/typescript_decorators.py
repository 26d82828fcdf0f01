"""Decorators: TC39's (TypeScript 5's default) and the legacy `experimentalDecorators`,
lowered to plain ESTree with helper functions, as `tsc` emits them for ES2022.
"""


def lower_decorators(program, options):
    """Rewrite every class of ``program`` that has `decorators` (on the class, its
    members or, for legacy decorators, constructor/method parameters) into plain ESTree.
    ``options`` is a TSOptions (``experimental_decorators``, ``use_define_for_class_fields``)."""
    raise NotImplementedError('decorators are being written')
