"""test262's parse phase on a sample (TEST262_DIR must point at a checkout)."""
import os

import pytest

from .test262_parse import check_file

ROOT = os.environ.get('TEST262_DIR')
pytestmark = pytest.mark.skipif(not ROOT or not os.path.isdir(os.path.join(ROOT or '', 'test')),
                                reason='TEST262_DIR is not set')
UNSUPPORTED = {'source-phase-imports', 'import-defer', 'explicit-resource-management',
               'decorators', 'source-phase-imports-module-source'}


def sample(sub, step):
    files = []
    for d, _, names in os.walk(os.path.join(ROOT, 'test', sub)):
        files.extend(os.path.join(d, n) for n in names
                     if n.endswith('.js') and '_FIXTURE' not in n)
    return sorted(files)[::step]


@pytest.mark.parametrize('sub,step', [('language', 25), ('built-ins/RegExp', 10),
                                      ('annexB/language', 5)])
def test_parse_phase(sub, step):
    failures = []
    for path in sample(sub, step):
        for kind, ok, reason, feats in check_file(path):
            if not ok and not UNSUPPORTED & set(feats):
                failures.append((path, reason))
    assert failures == []
