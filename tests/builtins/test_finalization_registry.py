"""26.2 FinalizationRegistry objects: cleanup callbacks run as jobs after collection."""
import gc

from reflow.builtins.finalization_registry import run_finalization_cleanup
from tests.jshelpers import error_name


def test_cleanup_runs_as_a_job_after_collection(js):
    js('''var log = []; var fr = new FinalizationRegistry(h => log.push(h));
    (function () { var o = {}; o.self = o; fr.register(o, "held"); })();''')
    gc.collect()
    assert js('log.length') == 0.0   # not inside running JS code
    run_finalization_cleanup(js.realm)
    js.realm.run_jobs()
    assert js('log.join()') == 'held'


def test_unregistered_cells_are_not_cleaned_up(js):
    js('''var log = []; var fr = new FinalizationRegistry(h => log.push(h)); var r;
    (function () { var o = {}; o.o = o; var tok = {}; fr.register(o, "x", tok);
      r = fr.unregister(tok); })();''')
    gc.collect()
    run_finalization_cleanup(js.realm)
    js.realm.run_jobs()
    assert js('r + ":" + log.length') == 'true:0'


def test_unregister_returns_false_when_nothing_matches(js):
    assert js('new FinalizationRegistry(() => {}).unregister({})') is False


def test_register_argument_checks(js):
    assert error_name(js, 'new FinalizationRegistry(() => {}).register(1)') == 'TypeError'
    assert error_name(js, 'var o = {}; new FinalizationRegistry(() => {}).register(o, o)') \
        == 'TypeError'
    assert error_name(js, 'new FinalizationRegistry(() => {}).register({}, 1, 1)') == \
        'TypeError'
    assert error_name(js, 'new FinalizationRegistry(() => {}).unregister(1)') == 'TypeError'
    assert error_name(js, 'new FinalizationRegistry(1)') == 'TypeError'
    assert error_name(js, 'FinalizationRegistry(() => {})') == 'TypeError'


def test_register_returns_undefined_and_accepts_symbols(js):
    assert js('var fr = new FinalizationRegistry(() => {}); var s = Symbol();'
              'fr.register(s, 1, s) === undefined && fr.unregister(s)') is True
