"""19 The Global Object: value properties, print and console."""
import math

from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE
from reflow.interp.vm.operations import to_number, to_string
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.function import arg
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
    """A line of console output, handed to the realm's host (reflow/ext/host.py writes
    it to the process's stream or to the embedder's sink); the library itself does no
    I/O. A realm with no host (the bare engine) has nowhere to print."""
    from reflow.parser.chars import from_code_units
    host = realm.host
    if host is not None:
        host.write_output(from_code_units(text), stream)


# 19.2.1 eval ( x ): called as a function (not a direct eval), global code
@reg.method('global', 'eval', 1)
def eval_(realm, this, args):
    from reflow.interp.vm.eval_code import indirect_eval
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
