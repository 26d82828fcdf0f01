"""The JS programs in tests/interp/js/: each `// expect: TEXT` line is the next line the
program prints; `// expect uncaught: TEXT` is the first line of the uncaught error. The
program runs to the end of its event loop (timers included), as `reflow run` does."""
import os
import re

import pytest

from reflow.interp.errors import JSThrow
from reflow.interp.realm import Realm
from reflow.interp.script import evaluate_script

HERE = os.path.join(os.path.dirname(__file__), 'js')
FILES = sorted(f for f in os.listdir(HERE) if f.endswith(('.js', '.mjs')))


class Host:
    def __init__(self):
        self.lines = []

    def write_output(self, text, stream):
        self.lines.extend(text.split('\n'))


def expectations(source):
    printed = re.findall(r'^// expect: ?(.*)$', source, re.M)
    uncaught = re.findall(r'^// expect uncaught: (.*)$', source, re.M)
    return printed, (uncaught[0] if uncaught else None)


@pytest.mark.parametrize('name', FILES)
def test_program(name):
    run_program(HERE, name)


def run_program(directory, name):
    path = os.path.join(directory, name)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    printed, uncaught = expectations(source)
    realm = Realm()
    realm.host = Host()
    error = None
    try:
        if name.endswith('.mjs'):
            from reflow.interp.modules import evaluate_module
            promise = evaluate_module(realm, source, path)
            realm.run_jobs()
            if promise.state == 'rejected':
                raise JSThrow(promise.result)
        else:
            evaluate_script(realm, source, name)
        realm.event_loop.run()
    except JSThrow as exc:
        value = exc.value
        error = realm.error_header(value) if hasattr(value, 'get') else repr(value)
    assert realm.host.lines == printed
    assert error == uncaught
