"""19 The Global Object: value properties, print and console."""
import math
import sys

from reflow.interp.objects import CONFIGURABLE, WRITABLE
from reflow.interp.operations import to_number, to_string
from reflow.interp.values import UNDEFINED
from .object import arg
from .registry import Registry

reg = Registry()


# 19.2.3 isNaN ( number ) / 19.2.2 isFinite ( number )
@reg.method('global', 'isNaN', 1)
def is_nan(realm, this, args):
    n = to_number(arg(args, 0))
    return n != n


@reg.method('global', 'isFinite', 1)
def is_finite(realm, this, args):
    n = to_number(arg(args, 0))
    return not (n != n or n in (math.inf, -math.inf))


def host_output(realm, text, stream='stdout'):
    from reflow.parser.chars import from_code_units
    text = from_code_units(text)
    host = realm.host
    if host is not None and hasattr(host, 'write_output'):
        host.write_output(text, stream)
    else:
        write_line(sys.stdout if stream == 'stdout' else sys.stderr, text)


def write_line(out, text):
    """A line on the process's stdout or stderr. As Node's console does, a write that
    fails (the descriptor was closed, the disk is full) is dropped and the program
    goes on; only a pipe whose reader has gone (EPIPE, as in `reflow run x.js | head`)
    ends it, by the BrokenPipeError the CLI turns into a quiet exit."""
    if out is None:   # Python's stream for a descriptor closed before it started
        return
    try:
        out.write(text + '\n')
        out.flush()
    except BrokenPipeError:
        silence(out)
        raise
    except (OSError, ValueError):
        silence(out)


def silence(out):
    """Point a failing stream's descriptor at /dev/null, so that the data still in its
    buffer goes there (at the next flush or at exit) instead of failing again."""
    import os
    if out is None:
        return
    try:
        fd = out.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
        out.flush()
    except (OSError, ValueError):
        pass


# 19.2.1 eval ( x ): called as a function (not a direct eval), global code
@reg.method('global', 'eval', 1)
def eval_(realm, this, args):
    from reflow.interp.eval_code import indirect_eval
    return indirect_eval(realm, arg(args, 0))


# print ( ...values ): the test262 host hook
@reg.method('global', 'print', 0)
def print_(realm, this, args):
    host_output(realm, ' '.join(to_string(a) if type(a) is str else inspect(realm, a)
                                for a in args))
    return UNDEFINED


def inspect(realm, value):
    from reflow.builtins.console import inspect as _inspect
    return _inspect(realm, value)


@reg.setup
def setup(realm):
    glob = realm.global_object
    realm.intrinsics['eval'] = glob.get('eval')
    # 19.1 value properties of the global object
    glob.define('globalThis', glob, WRITABLE | CONFIGURABLE)
    glob.define('NaN', math.nan, 0)
    glob.define('Infinity', math.inf, 0)
    glob.define('undefined', UNDEFINED, 0)
