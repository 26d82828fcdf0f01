"""Real npm packages run by reflow, each program's stdout compared with what Node prints.

package.json (with package-lock.json pinning every transitive version) lists ~30 popular
packages; programs/<pkg>.{js,cjs,mjs} uses one the way its README shows, through
`require` or `import` (CommonJS-only, ESM-only and dual packages, subpaths, named imports
of CommonJS found by static analysis); expected/<pkg>.txt is Node's stdout for it.

The packages are installed once with the machine's npm (`npm ci`, no scripts) into a cache
outside the repository, $XDG_CACHE_HOME/reflow-tests/npm-<hash of the manifest and lock>
(~/.cache when XDG_CACHE_HOME is unset), and reused while the manifest is unchanged. With
no npm, or no registry, the whole module is skipped. The programs are copied into the
cache root, beside its node_modules, and run from there: `python -m reflow run PROGRAM`
with TZ=UTC, the cache root as cwd and stdout a pipe (as for the recording). The
environment is passed on, so `REFLOW_PURE=1 python -m pytest tests/ext/modules/npm` runs
them in the pure build.

Re-record the expected outputs with Node (v20, /usr/bin/node) after changing a program:
    python -m tests.ext.modules.npm.test_npm_packages --record [program names...]
After changing package.json, refresh the lock first:
    npm install --package-lock-only --ignore-scripts --prefix tests/ext/modules/npm
"""
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PROGRAMS = HERE / 'programs'
EXPECTED = HERE / 'expected'
MANIFEST_FILES = ('package.json', 'package-lock.json')
INSTALL_TIMEOUT = 600
RUN_TIMEOUT = 60

# programs reflow cannot run yet: program file name -> why
KNOWN_FAILURES = {
    'commander.cjs': 'no node:child_process built-in (commander/lib/command.js requires it '
                     'at its top, for executable subcommands)',
    'luxon.mjs': 'reflow has no Intl (ECMA-402): luxon reads '
                 'Intl.DateTimeFormat().resolvedOptions() for its system locale',
}


class Unavailable(Exception):
    """npm or the registry cannot give us the packages: the module is skipped."""


def cache_root(manifest_dir=HERE):
    """The cache folder of the manifest (package.json + package-lock.json) in manifest_dir."""
    digest = hashlib.sha256()
    for name in MANIFEST_FILES:
        digest.update((manifest_dir / name).read_bytes())
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return Path(base) / 'reflow-tests' / ('npm-' + digest.hexdigest()[:16])


def install_packages(manifest_dir=HERE):
    """The cache root holding node_modules, installing into it when it is not there yet.
    manifest_dir holds the package.json and package-lock.json to install (tests/typescript
    has its own)."""
    root = cache_root(manifest_dir)
    marker = root / '.installed'
    if marker.exists():
        return root
    npm = shutil.which('npm')
    if npm is None:
        raise Unavailable('npm is not installed')
    # install beside the final place and rename, so an interrupted install is never reused
    staging = root.with_name(root.name + '.partial-%d' % os.getpid())
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in MANIFEST_FILES:
        shutil.copy(manifest_dir / name, staging / name)
    command = [npm, 'ci', '--no-audit', '--no-fund', '--ignore-scripts', '--fetch-retries=1',
               '--prefix', str(staging)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT,
                              cwd=staging)
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        raise Unavailable('npm ci did not finish in %d s (registry unreachable?)' % INSTALL_TIMEOUT)
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        lines = [line.replace('npm error', '').strip() for line in done.stderr.splitlines()]
        tail = ' '.join(line for line in lines if line and 'complete log' not in line)[-300:]
        raise Unavailable('npm ci failed (registry unreachable?): ' + tail)
    (staging / '.installed').write_text('')
    try:
        staging.rename(root)
    except OSError:
        # another run installed it meanwhile
        shutil.rmtree(staging, ignore_errors=True)
    return root


def stage_programs(root):
    """Copy programs/ into the cache root, where they resolve its node_modules."""
    target = root / 'programs'
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(PROGRAMS, target)
    return target


def program_env():
    env = {key: value for key, value in os.environ.items()
           if key not in ('FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'NODE_PATH')}
    env['TZ'] = 'UTC'
    env['PYTHONPATH'] = str(ROOT) + os.pathsep + os.environ.get('PYTHONPATH', '')
    return env


def run(command, root):
    return subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT,
                          cwd=root, env=program_env(), stdin=subprocess.DEVNULL)


def expected_path(program_name):
    return EXPECTED / (Path(program_name).stem + '.txt')


def program_params():
    params = []
    for path in sorted(PROGRAMS.iterdir()):
        marks = []
        if path.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[path.name]))
        params.append(pytest.param(path.name, id=path.stem, marks=marks))
    return params


@pytest.fixture(scope='module')
def staged():
    try:
        root = install_packages()
    except Unavailable as reason:
        pytest.skip(str(reason))
    return root, stage_programs(root)


def test_every_program_has_its_expected_output():
    programs = {Path(p).stem for p in os.listdir(PROGRAMS)}
    expected = {Path(p).stem for p in os.listdir(EXPECTED)}
    assert programs == expected
    assert len(programs) >= 20


@pytest.mark.parametrize('program_name', program_params())
def test_package_program_prints_what_node_prints(staged, program_name):
    root, programs = staged
    done = run([sys.executable, '-m', 'reflow', 'run', str(programs / program_name)], root)
    expected = expected_path(program_name).read_text()
    stderr_tail = '\n'.join(done.stderr.strip().splitlines()[-15:])
    assert done.stdout == expected, 'stderr:\n' + stderr_tail
    assert done.returncode == 0, 'stderr:\n' + stderr_tail


def record(names):
    """Write Node's stdout for the named programs (all when none) into expected/."""
    node = shutil.which('node') or '/usr/bin/node'
    root = install_packages()
    programs = stage_programs(root)
    for name in names or sorted(os.listdir(PROGRAMS)):
        done = run([node, str(programs / name)], root)
        if done.returncode != 0:
            sys.exit('node failed on %s:\n%s' % (name, done.stderr))
        expected_path(name).write_text(done.stdout)
        print('recorded', expected_path(name).relative_to(ROOT))


if __name__ == '__main__':
    if sys.argv[1:2] != ['--record']:
        sys.exit(__doc__)
    record(sys.argv[2:])
