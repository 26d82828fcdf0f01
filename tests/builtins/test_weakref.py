"""26.1 WeakRef objects and the [[KeptAlive]] list."""
import gc

import pytest

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.interp.vm.values import UNDEFINED


def test_deref_returns_target(js):
    assert js('var t = {}; new WeakRef(t).deref() === t') is True
    assert js('var s = Symbol(); new WeakRef(s).deref() === s') is True


def test_target_kept_alive_until_the_job_checkpoint(js):
    js('var wr; (function () { wr = new WeakRef({ a: 1 }); })();')
    gc.collect()
    assert js('wr.deref().a') == 1.0
    js.realm.run_jobs()   # ClearKeptObjects
    gc.collect()
    assert js('wr.deref()') is UNDEFINED


def test_weakref_rejects_non_weak_targets(js):
    for src in ('new WeakRef(1)', 'new WeakRef(Symbol.for("x"))', 'WeakRef({})'):
        with pytest.raises((JSErrorSignal, JSThrow)):
            js(src)


def test_deref_checks_receiver(js):
    with pytest.raises((JSErrorSignal, JSThrow)):
        js('WeakRef.prototype.deref.call({})')


def test_to_string_tag(js):
    assert js('Object.prototype.toString.call(new WeakRef({}))') == '[object WeakRef]'
