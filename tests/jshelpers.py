"""Shared by the Python-level tests: a realm to evaluate scripts in, and the name of the
error a script throws."""
from reflow.interp.errors import JSErrorSignal, JSThrow
from reflow.interp.realm import Realm
from reflow.interp.script import evaluate_script


def make_js():
    """A function evaluating a script in one fresh realm (kept as ``.realm``)."""
    realm = Realm()

    def run(source):
        return evaluate_script(realm, source, 'test.js')
    run.realm = realm
    return run


def error_name(js, source):
    """The name of the error ``source`` throws, or None."""
    try:
        js(source)
    except JSErrorSignal as sig:
        return sig.name
    except JSThrow as exc:
        return exc.value.get('name')
    return None
