"""20.4 Symbol Objects."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.values import (JSSymbol, SYM_TO_PRIMITIVE, SYM_TO_STRING_TAG,
                                     UNDEFINED, WELL_KNOWN_SYMBOLS)
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 20.4.1.1 Symbol ( [ description ] )
@reg.constructor('Symbol', 0, 'SymbolPrototype')
def symbol_ctor(realm, this, args, new_target):
    if new_target is not None:
        raise type_error('Symbol is not a constructor')
    d = arg(args, 0)
    return JSSymbol(UNDEFINED if d is UNDEFINED else to_string(d))


# 20.4.2.2 Symbol.for ( key )
@reg.method('Symbol', 'for', 1)
def symbol_for(realm, this, args):
    # the GlobalSymbolRegistry is the agent's: shared by the realms of one runtime
    # (a realm made by $262.createRealm shares its creator's), not between runtimes
    registry = realm.symbol_registry
    key = to_string(arg(args, 0))
    sym = registry.get(key)
    if sym is None:
        sym = registry[key] = JSSymbol(key, registered=True)
    return sym


# 20.4.2.6 Symbol.keyFor ( sym )
@reg.method('Symbol', 'keyFor', 1)
def key_for(realm, this, args):
    sym = arg(args, 0)
    if type(sym) is not JSSymbol:
        raise type_error('%s is not a symbol' % realm.describe(sym))
    return sym.description if sym.registered else UNDEFINED


# 20.4.3.? thisSymbolValue ( value )
def this_symbol_value(realm, value, method):
    if type(value) is JSSymbol:
        return value
    if isinstance(value, JSObject) and type(getattr(value, 'primitive', None)) is JSSymbol:
        return value.primitive
    raise type_error('Symbol.prototype.%s requires that \'this\' be a Symbol' % method)


# 20.4.3.2 get Symbol.prototype.description
@reg.getter('SymbolPrototype', 'description')
def description(realm, this, args):
    return this_symbol_value(realm, this, 'description').description


# 20.4.3.3.1 SymbolDescriptiveString ( sym )
def descriptive_string(sym):
    d = sym.description
    return 'Symbol(%s)' % ('' if d is UNDEFINED else d)


# 20.4.3.3 Symbol.prototype.toString ( )
@reg.method('SymbolPrototype', 'toString', 0)
def to_string_(realm, this, args):
    return descriptive_string(this_symbol_value(realm, this, 'toString'))


# 20.4.3.4 Symbol.prototype.valueOf ( )
@reg.method('SymbolPrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return this_symbol_value(realm, this, 'valueOf')


# 20.4.3.5 Symbol.prototype [ @@toPrimitive ] ( hint )
@reg.method('SymbolPrototype', '@@toPrimitive', 1, flags=CONFIGURABLE)
def to_primitive(realm, this, args):
    return this_symbol_value(realm, this, '[Symbol.toPrimitive]')


@reg.setup
def setup(realm):
    ctor = realm.intrinsics['Symbol']
    # 20.4.2 the well-known symbols, non-writable and non-configurable
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        ctor.define(name, sym, 0)
    realm.intrinsics['SymbolPrototype'].define(SYM_TO_STRING_TAG, 'Symbol', CONFIGURABLE)
