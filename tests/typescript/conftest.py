"""After a run of test_corpus.py's programs, the pass counts by construct and build."""
import re

PROGRAM_TEST = re.compile(r'test_corpus\.py::test_program\[(?P<build>compiled|pure)-'
                          r'(?P<construct>[^/\]]+)/')
_counts = {}   # (construct, build) -> {'passed': n, 'failed': n, 'skipped': n}


def pytest_runtest_logreport(report):
    m = PROGRAM_TEST.search(report.nodeid)
    if m is None or (report.when != 'call' and not (report.skipped or report.failed)):
        return
    outcome = 'passed' if report.passed else 'skipped' if report.skipped else 'failed'
    if report.when == 'call' or outcome != 'passed':
        key = (m.group('construct'), m.group('build'))
        counts = _counts.setdefault(key, {'passed': 0, 'failed': 0, 'skipped': 0})
        counts[outcome] += 1


def corpus_table(counts):
    """The lines of the table: one row per construct, passed/run for each build."""
    builds = ('compiled', 'pure')
    constructs = sorted({c for c, _ in counts})
    lines = ['%-22s %14s %14s' % ('construct', *builds)]
    totals = {b: [0, 0, 0] for b in builds}
    for c in constructs:
        cells = []
        for b in builds:
            n = counts.get((c, b), {'passed': 0, 'failed': 0, 'skipped': 0})
            totals[b][0] += n['passed']
            totals[b][1] += n['passed'] + n['failed']
            totals[b][2] += n['skipped']
            cells.append(cell(n['passed'], n['passed'] + n['failed'], n['skipped']))
        lines.append('%-22s %14s %14s' % (c, *cells))
    lines.append('%-22s %14s %14s' % ('total', *(cell(*totals[b]) for b in builds)))
    return lines


def cell(passed, ran, skipped):
    return ('%d/%d' % (passed, ran) if ran else '-') + (' (%d skip)' % skipped if skipped else '')


def pytest_terminal_summary(terminalreporter):
    if not _counts:
        return
    terminalreporter.section('TypeScript corpus: passed/run by construct')
    for line in corpus_table(_counts):
        terminalreporter.write_line(line)
