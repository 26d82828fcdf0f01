"""A realm with the builtins, a Bridge, and `js(source)` evaluating a script in it."""
import pytest

from reflow.interp.vm.script import evaluate_script
from reflow.ext.bridge import Bridge


def new_realm():
    from reflow.ext.host import create_realm
    return create_realm()


class Env:
    def __init__(self):
        self.realm = new_realm()
        self.bridge = Bridge()

    def js(self, source):
        return evaluate_script(self.realm, source, 'test.js')

    def py(self, source, into=None):
        """The Python value of a JS expression."""
        from reflow.ext.convert import to_python
        return to_python(self.realm, self.js('(%s)' % source), self.bridge, into)

    def to_js(self, obj):
        from reflow.ext.convert import from_python
        return from_python(self.realm, obj, self.bridge)

    def set_global(self, name, obj):
        """Convert obj and make it the global ``name``."""
        self.realm.global_object.define(name, self.to_js(obj))


@pytest.fixture
def env():
    return Env()
