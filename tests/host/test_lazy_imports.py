"""An idle runtime loads only what it uses (issue 12's memory goal): the modules of the
conversions (datetime, decimal, json ...), the option dataclasses and the library's
Date, Map, typed arrays ... are imported on first use, and a value converts the same
whether its module was loaded before the runtime or after it."""
import dataclasses
import datetime
import os
import subprocess
import sys
import textwrap

import reflow
from reflow import JavascriptRuntime
from reflow.ext import config
from reflow.ext.convert import MAX_DATETIME_MS, MIN_DATETIME_MS
from reflow.ext.permissions import KINDS, PermissionOptions, Permissions

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# what a runtime running a trivial script must not have imported
NOT_LOADED = ('decimal', 'fractions', 'datetime', 'json', 'array', 'dataclasses', 'inspect',
              'typing', 'shutil', 'reflow.ext.config', 'reflow.builtins.date',
              'reflow.builtins.map', 'reflow.builtins.set', 'reflow.builtins.typed_array',
              'reflow.builtins.array_buffer', 'reflow.builtins.data_view',
              'reflow.interp.vm.modules')


def python(code):
    """Run ``code`` in a fresh interpreter (this checkout's reflow, this build): the
    modules it finds loaded are its own. It prints 'ok' at its end."""
    out = subprocess.run([sys.executable, '-c', textwrap.dedent(code)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.split() == ['ok'], out.stdout + out.stderr


def test_a_trivial_script_imports_none_of_the_conversions_modules():
    python('''
        import sys
        before = set(sys.modules)
        from reflow import JavascriptRuntime
        rt = JavascriptRuntime()
        rt.declare_function('f', '() => 1 + 1')
        assert rt.call_function('f') == 2
        coroutine = rt.execute('t.js', '"x" + 1')   # settles at once: no asyncio loop
        try:
            coroutine.send(None)
        except StopIteration as stop:
            assert rt.convert_value_to_python(stop.value) == 'x1'
        loaded = sorted(m for m in %r if m in sys.modules and m not in before)
        if 'Cython.Shadow' in sys.modules:   # the pure build's `import cython` loads typing
            loaded = [m for m in loaded if m != 'typing']
        assert not loaded, loaded
        print('ok')
    ''' % (NOT_LOADED,))


def test_values_convert_the_same_when_their_modules_load_after_the_runtime():
    python('''
        import sys
        from reflow import JavascriptRuntime
        rt = JavascriptRuntime()
        rt.declare_function('f', '() => 1')
        rt.call_function('f')
        assert 'datetime' not in sys.modules and 'array' not in sys.modules

        # JS -> Python, the modules imported by the conversion itself
        rt.declare_function('date', '() => new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678))')
        rt.declare_function('typed', '() => new Int16Array([1, -2])')
        rt.declare_function('collections', '() => [new Map([["a", 1]]), new Set([2])]')
        d = rt.call_function('date')
        import datetime
        assert d == datetime.datetime(2024, 1, 2, 3, 4, 5, 678000,
                                      tzinfo=datetime.timezone.utc), d
        t = rt.call_function('typed')
        import array
        assert type(t) is array.array and t.itemsize == 2 and list(t) == [1, -2], t
        assert rt.call_function('collections') == [{'a': 1}, {2}]

        # Python -> JS, of modules the host imported after the runtime was made
        import dataclasses, decimal, fractions
        rt.declare_function('show', '(x) => Object.prototype.toString.call(x) + " " + '
                                    '(x instanceof Date ? x.toISOString() : JSON.stringify(x))')
        got = rt.call_function('show', [datetime.datetime(2024, 1, 2, 3, 4, 5, 678999)])
        assert got == '[object Date] 2024-01-02T03:04:05.678Z', got
        got = rt.call_function('show', [datetime.date(2024, 1, 2)])
        assert got == '[object Date] 2024-01-02T00:00:00.000Z', got
        got = rt.call_function('show', [array.array('d', [1.5])])
        assert got == '[object Float64Array] {"0":1.5}', got

        @dataclasses.dataclass
        class Point:
            x: int
            y: int
        got = rt.call_function('show', [Point(1, 2)])
        assert got == '[object Object] {"x":1,"y":2}', got
        for value, name in [(decimal.Decimal('1.5'), 'Decimal'),
                            (fractions.Fraction(1, 3), 'Fraction')]:
            try:
                rt.convert_value_from_python({'a b': value})
            except TypeError as exc:
                assert str(exc) == ('$["a b"]: a %s has no exact JS form; convert it '
                                    'first (float(x) or str(x))' % name), str(exc)
            else:
                raise AssertionError(name + ' converted')
        print('ok')
    ''')


def test_the_datetime_bounds_are_datetimes_own():
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    ms = datetime.timedelta(milliseconds=1)
    low = datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)
    high = datetime.datetime.max.replace(microsecond=999000, tzinfo=datetime.timezone.utc)
    assert MIN_DATETIME_MS == (low - epoch) // ms
    assert MAX_DATETIME_MS == (high - epoch) // ms


def test_granting_all_is_permissions_of_all_options():
    def state(permissions):
        return {kind: (r.granted_all, r.granted, r.denied_all, r.denied)
                for kind, r in permissions.rules.items()}
    assert state(Permissions.granting_all()) == state(Permissions(PermissionOptions.all()))
    assert state(Permissions.granting_all()) == {k: (True, [], False, []) for k in KINDS}


def test_the_option_records_are_the_dataclasses_under_every_name():
    from reflow.runtime import CoreRuntimeConfig, PermissionOptions as ByRuntime
    assert CoreRuntimeConfig is reflow.CoreRuntimeConfig is config.CoreRuntimeConfig
    assert ByRuntime is PermissionOptions is reflow.PermissionOptions
    assert dataclasses.is_dataclass(CoreRuntimeConfig)
    rt = JavascriptRuntime()
    try:
        assert rt.config == CoreRuntimeConfig()   # the defaults, made when read
        rt.config = dataclasses.replace(rt.config, execution_timeout=0.05)
        rt.declare_function('spin', '() => { for (;;) {} }')
        try:
            rt.call_function('spin')
        except reflow.TimeoutError as exc:
            assert 'execution_timeout of 0.05 s' in str(exc)
        else:
            raise AssertionError('no time limit')
    finally:
        rt.close()
    given = CoreRuntimeConfig(max_stack_depth=50)
    with JavascriptRuntime(given) as rt:
        assert rt.config is given
