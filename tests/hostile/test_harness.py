"""The hostile harness itself: a crash is attributed to the program that was running and
the worker restarts; Python text is told from JS text."""
import os
import signal

from tests.hostile.harness import Worker, python_text


def test_a_crash_is_the_outcome_of_the_running_program_and_the_worker_restarts():
    worker = Worker('pure')
    try:
        worker.start()
        pid = worker.proc.pid
        # the program prints, then spins until the signal arrives
        worker.send({'source': 'console.log("spinning"); for (;;) {}', 'name': 'spin.js',
                     'stream': True})
        first = worker.receive(60)
        os.kill(pid, signal.SIGSEGV)
        outcome = worker.collect(60, [first['line']])
        assert outcome.status == 'crash'
        assert outcome.exit == -signal.SIGSEGV
        assert 'SIGSEGV' in outcome.describe()
        assert outcome.streamed == ['spinning']
        outcome = worker.request({'source': 'console.log(6 * 7)', 'name': 'after.js'}, 60)
        assert outcome.status == 'done'
        assert outcome.result['lines'] == ['42']
        assert worker.proc.pid != pid
    finally:
        worker.stop()


def test_a_program_past_its_budget_is_killed():
    worker = Worker('pure')
    try:
        outcome = worker.request({'source': 'console.log("a"); for (;;) {}',
                                  'name': 'spin.js', 'stream': True}, 3)
        assert outcome.status == 'timeout'
        assert "'a'" in outcome.describe()
    finally:
        worker.stop()


def test_an_escaping_python_exception_and_stray_output_are_reported():
    worker = Worker('pure')
    try:
        outcome = worker.request({'source': 'throw new TypeError("x")', 'name': 't.js'}, 60)
        r = outcome.result
        assert (r['uncaught'], r['python_error'], r['stray']) == ('TypeError: x', None, '')
    finally:
        worker.stop()


def test_python_text_is_told_from_js_text():
    for text in ['Traceback (most recent call last):', "<reflow.interp.vm.objects.JSObject "
                 "object at 0x7f00>", "TypeError: 'NoneType' object is not subscriptable",
                 'KeyError: 3', 'x is True', "<class 'dict'>", 'AttributeError: foo',
                 'TypeError: unsupported operand type(s) for +: int and str']:
        assert python_text(text), text
    for text in ['TypeError: x is not a function', 'true false null undefined',
                 'RangeError: Division by zero', '[Function: f] [class A]',
                 'String.fromCharCode(65)', 'NoneSuch TrueType', 'None']:
        assert python_text(text, allowed=['None']) is None, text
