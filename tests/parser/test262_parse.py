"""test262's parse phase: every test with `negative: {phase: parse}` must be rejected,
every other test must parse (as a module or script, strict or not, per its flags).

    python -m tests.parser.test262_parse $TEST262_DIR/test/language [--limit N]

prints the totals both ways and the failures grouped by reason, with the features the
failing tests use (post-ES2023 proposals show up there).
"""
import argparse
import collections
import os
import sys

from reflow.parser import JSSyntaxError, parse
from reflow.test262.frontmatter import TestInfo, parse_frontmatter


def variants(info):
    if 'module' in info.flags:
        return [('module', False)]
    if 'onlyStrict' in info.flags:
        return [('script', True)]
    if 'noStrict' in info.flags or 'raw' in info.flags:
        return [('script', False)]
    return [('script', False), ('script', True)]


def check_file(path):
    """[(kind, ok, reason, features)] for each variant of the test at ``path``."""
    with open(path, encoding='utf-8') as f:
        src = f.read()
    info = TestInfo(parse_frontmatter(src))
    negative = info.negative_phase == 'parse'
    out = []
    for source_type, strict in variants(info):
        code = '"use strict";\n' + src if strict else src
        try:
            parse(code, source_type, path)
            ok, reason = not negative, 'accepted an invalid test'
        except JSSyntaxError as exc:
            ok, reason = negative, 'rejected: ' + exc.message[:60]
        except Exception as exc:   # never expected: a crash is a failure
            ok, reason = False, 'CRASH %s: %s' % (type(exc).__name__, exc)
        out.append(('neg' if negative else 'pos', ok, reason, tuple(info.features)))
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('root')
    p.add_argument('--limit', type=int, default=0)
    args = p.parse_args(argv)
    files = []
    for d, _, names in os.walk(args.root):
        for n in sorted(names):
            if n.endswith('.js') and '_FIXTURE' not in n:
                files.append(os.path.join(d, n))
    files.sort()
    if args.limit:
        files = files[:args.limit]
    totals = collections.Counter()
    reasons = collections.defaultdict(list)
    features = collections.Counter()
    for path in files:
        for kind, ok, reason, feats in check_file(path):
            totals[kind, ok] += 1
            if not ok:
                reasons[reason].append(path)
                features.update(feats)
    for kind, label in (('pos', 'parse (positive)'), ('neg', 'rejected (negative)')):
        good, bad = totals[kind, True], totals[kind, False]
        print('%-20s %d/%d  %.2f%%' % (label, good, good + bad,
                                       100.0 * good / max(good + bad, 1)))
    for reason, paths in sorted(reasons.items(), key=lambda kv: -len(kv[1]))[:40]:
        print('%5d  %s  e.g. %s' % (len(paths), reason, os.path.relpath(paths[0], args.root)))
    if features:
        print('features of the failing tests: ' + ', '.join(
            '%s %d' % kv for kv in features.most_common(12)))
    return 0 if not reasons else 1


if __name__ == '__main__':
    sys.exit(main())
