"""10.5 Proxy Object Internal Methods and Internal Slots: every internal method asks
its handler's trap, then checks the invariants against the target."""
from .errors import type_error
from .function import is_callable, is_constructor
from .objects import (CONFIGURABLE, ENUMERABLE, MISSING, THREAD, WRITABLE, Descriptor,
                      JSArray, JSObject, Prop, same_value)
from .operations import to_boolean
from .values import JSSymbol, NULL, UNDEFINED


def is_compatible_descriptor(extensible, desc, current):
    """10.1.6.2 IsCompatiblePropertyDescriptor ( Extensible, Desc, Current )."""
    tmp = JSObject(NULL)
    tmp.extensible = extensible
    if current is None:
        return tmp.define_own_property('p', desc)
    if current.is_accessor():
        stored = Prop(getter=current.get, setter=current.set,
                      flags=(ENUMERABLE if current.enumerable else 0) |
                      (CONFIGURABLE if current.configurable else 0))
    else:
        stored = Prop(value=current.value, flags=(WRITABLE if current.writable else 0) |
                      (ENUMERABLE if current.enumerable else 0) |
                      (CONFIGURABLE if current.configurable else 0))
    tmp.props['p'] = stored
    return tmp._validate_and_apply('p', desc, stored)


def _complete(desc):
    """6.2.6.6 CompletePropertyDescriptor ( Desc )."""
    if desc.is_generic() or desc.is_data():
        if desc.value is MISSING:
            desc.value = UNDEFINED
        if desc.writable is MISSING:
            desc.writable = False
    else:
        if desc.get is MISSING:
            desc.get = UNDEFINED
        if desc.set is MISSING:
            desc.set = UNDEFINED
    if desc.enumerable is MISSING:
        desc.enumerable = False
    if desc.configurable is MISSING:
        desc.configurable = False
    return desc


def _nested(internal_method):
    """A proxy's internal method runs its target's (a proxy of a proxy of ... nests as
    deeply as the chain is long): each level counts against the stack budget."""
    def counted(self, *args):
        native = THREAD.stack
        native.enter()
        try:
            return internal_method(self, *args)
        finally:
            native.depth -= 1
    counted.__name__ = internal_method.__name__
    counted.__doc__ = internal_method.__doc__
    return counted


def _innermost(proxy):
    """The first object down a chain of proxies that is not a live proxy."""
    obj = proxy
    while type(obj) is ProxyObject and obj.proxy_target is not None:
        obj = obj.proxy_target
    return obj


class ProxyObject(JSObject):
    """[[ProxyTarget]] and [[ProxyHandler]] (None once revoked)."""
    __slots__ = ('proxy_target', 'proxy_handler', 'proxy_realm', '_was_callable',
                 '_was_constructor')

    def __init__(self, realm, target, handler):
        JSObject.__init__(self, NULL, 'Object')
        self.proxy_realm = realm   # where the proxy was made (traps use the current realm)
        self.proxy_target = target
        self.proxy_handler = handler
        self._was_callable = False
        self._was_constructor = False

    @property
    def realm(self):
        """7.3.24 GetFunctionRealm of a proxy: its target's (None for a target that is
        not a function: the current realm then). A revoked proxy throws."""
        return get_function_realm(self, None)

    @property
    def is_callable(self):
        obj = _innermost(self)   # a loop: proxies of proxies nest deeply
        return obj._was_callable if type(obj) is ProxyObject else is_callable(obj)

    @property
    def is_constructor(self):
        obj = _innermost(self)
        return obj._was_constructor if type(obj) is ProxyObject else is_constructor(obj)

    def _trap(self, name):
        handler = self.proxy_handler
        if handler is None:
            raise type_error("Cannot perform '%s' on a proxy that has been revoked" % name)
        trap = handler.get(name)
        if trap is UNDEFINED or trap is NULL:
            return None, self.proxy_target
        if not is_callable(trap):
            raise type_error("proxy trap '%s' is not a function" % name)
        return trap, self.proxy_target

    # 10.5.1 [[GetPrototypeOf]] ( )
    @_nested
    def get_prototype_of(self):
        trap, target = self._trap('getPrototypeOf')
        if trap is None:
            return target.get_prototype_of()
        proto = trap.call(self.proxy_handler, [target])
        if proto is not NULL and not isinstance(proto, JSObject):
            raise type_error("'getPrototypeOf' on proxy: trap returned neither object nor "
                             'null')
        if target.is_extensible():
            return proto
        if not same_value(proto, target.get_prototype_of()):
            raise type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but "
                             'the trap did not return its actual prototype')
        return proto

    # 10.5.2 [[SetPrototypeOf]] ( V )
    @_nested
    def set_prototype_of(self, value):
        trap, target = self._trap('setPrototypeOf')
        if trap is None:
            return target.set_prototype_of(value)
        ok = to_boolean(trap.call(self.proxy_handler, [target, value]))
        if not ok:
            return False
        if target.is_extensible():
            return True
        if not same_value(value, target.get_prototype_of()):
            raise type_error("'setPrototypeOf' on proxy: trap returned truish for setting a "
                             'new prototype on the non-extensible proxy target')
        return True

    # 10.5.3 [[IsExtensible]] ( )
    @_nested
    def is_extensible(self):
        trap, target = self._trap('isExtensible')
        if trap is None:
            return target.is_extensible()
        result = to_boolean(trap.call(self.proxy_handler, [target]))
        if result != target.is_extensible():
            raise type_error("'isExtensible' on proxy: trap result does not reflect "
                             'extensibility of proxy target')
        return result

    # 10.5.4 [[PreventExtensions]] ( )
    @_nested
    def prevent_extensions(self):
        trap, target = self._trap('preventExtensions')
        if trap is None:
            return target.prevent_extensions()
        result = to_boolean(trap.call(self.proxy_handler, [target]))
        if result and target.is_extensible():
            raise type_error("'preventExtensions' on proxy: trap returned truish but the "
                             'proxy target is extensible')
        return result

    # 10.5.5 [[GetOwnProperty]] ( P )
    @_nested
    def get_own_property(self, key):
        trap, target = self._trap('getOwnPropertyDescriptor')
        if trap is None:
            return target.get_own_property(key)
        result = trap.call(self.proxy_handler, [target, key])
        if not isinstance(result, JSObject) and result is not UNDEFINED:
            raise type_error("'getOwnPropertyDescriptor' on proxy: trap returned neither "
                             'object nor undefined for property %s' % _show(key))
        target_desc = target.get_own_property(key)
        if result is UNDEFINED:
            if target_desc is None:
                return None
            if target_desc.configurable is False:
                raise type_error("'getOwnPropertyDescriptor' on proxy: trap returned "
                                 'undefined for a non-configurable property %s' % _show(key))
            if not target.is_extensible():
                raise type_error("'getOwnPropertyDescriptor' on proxy: trap returned "
                                 'undefined for an existing property of a non-extensible '
                                 'target')
            return None
        from .descriptors import to_property_descriptor
        extensible = target.is_extensible()
        desc = _complete(to_property_descriptor(result))
        if not is_compatible_descriptor(extensible, desc, target_desc):
            raise type_error("'getOwnPropertyDescriptor' on proxy: trap returned a "
                             'descriptor incompatible with the target property %s' %
                             _show(key))
        if desc.configurable is False:
            if target_desc is None or target_desc.configurable is True:
                raise type_error("'getOwnPropertyDescriptor' on proxy: trap reported "
                                 'non-configurability for a configurable or missing '
                                 'property %s' % _show(key))
            if desc.writable is False and target_desc.writable is True:
                raise type_error("'getOwnPropertyDescriptor' on proxy: trap reported a "
                                 'non-writable property that is writable on the target')
        return desc

    # 10.5.6 [[DefineOwnProperty]] ( P, Desc )
    @_nested
    def define_own_property(self, key, desc):
        trap, target = self._trap('defineProperty')
        if trap is None:
            return target.define_own_property(key, desc)
        from .descriptors import from_property_descriptor
        from .dispatch import current_realm
        desc_obj = from_property_descriptor(current_realm(self.proxy_realm), desc)
        ok = to_boolean(trap.call(self.proxy_handler, [target, key, desc_obj]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        extensible = target.is_extensible()
        setting_non_configurable = desc.configurable is False
        if target_desc is None:
            if not extensible:
                raise type_error("'defineProperty' on proxy: trap returned truish for adding "
                                 'a property to the non-extensible target')
            if setting_non_configurable:
                raise type_error("'defineProperty' on proxy: trap returned truish for "
                                 'defining a non-configurable property that does not exist '
                                 'on the target')
        else:
            if not is_compatible_descriptor(extensible, desc, target_desc):
                raise type_error("'defineProperty' on proxy: trap returned truish for a "
                                 'descriptor incompatible with the target property')
            if setting_non_configurable and target_desc.configurable is True:
                raise type_error("'defineProperty' on proxy: trap returned truish for "
                                 'defining a non-configurable property that is configurable '
                                 'on the target')
            if target_desc.is_data() and target_desc.configurable is False and \
                    target_desc.writable is True and desc.writable is False:
                raise type_error("'defineProperty' on proxy: trap returned truish for "
                                 'making a non-configurable property non-writable')
        return True

    # 10.5.7 [[HasProperty]] ( P )
    @_nested
    def has_property(self, key):
        trap, target = self._trap('has')
        if trap is None:
            return target.has_property(key)
        result = to_boolean(trap.call(self.proxy_handler, [target, key]))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if target_desc.configurable is False:
                    raise type_error("'has' on proxy: trap returned falsish for a "
                                     'non-configurable property %s' % _show(key))
                if not target.is_extensible():
                    raise type_error("'has' on proxy: trap returned falsish for a property "
                                     'of a non-extensible target')
        return result

    # 10.5.8 [[Get]] ( P, Receiver )
    @_nested
    def get(self, key, receiver=None):
        trap, target = self._trap('get')
        if receiver is None:
            receiver = self
        if trap is None:
            return target.get(key, receiver)
        value = trap.call(self.proxy_handler, [target, key, receiver])
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False and \
                    not same_value(value, target_desc.value):
                raise type_error("'get' on proxy: property %s is a read-only and "
                                 'non-configurable data property on the target but the trap '
                                 'did not return its actual value' % _show(key))
            if target_desc.is_accessor() and target_desc.get is UNDEFINED and \
                    value is not UNDEFINED:
                raise type_error("'get' on proxy: property %s is a non-configurable "
                                 'accessor without a getter on the target but the trap did '
                                 'not return undefined' % _show(key))
        return value

    # 10.5.9 [[Set]] ( P, V, Receiver )
    @_nested
    def set(self, key, value, receiver=None):
        trap, target = self._trap('set')
        if receiver is None:
            receiver = self
        if trap is None:
            return target.set(key, value, receiver)
        ok = to_boolean(trap.call(self.proxy_handler, [target, key, value, receiver]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False and \
                    not same_value(value, target_desc.value):
                raise type_error("'set' on proxy: trap returned truish for property %s "
                                 'which exists in the proxy target as a non-configurable and '
                                 'non-writable data property with a different value' %
                                 _show(key))
            if target_desc.is_accessor() and target_desc.set is UNDEFINED:
                raise type_error("'set' on proxy: trap returned truish for property %s "
                                 'which exists in the proxy target as a non-configurable '
                                 'accessor without a setter' % _show(key))
        return True

    # 10.5.10 [[Delete]] ( P )
    @_nested
    def delete(self, key):
        trap, target = self._trap('deleteProperty')
        if trap is None:
            return target.delete(key)
        ok = to_boolean(trap.call(self.proxy_handler, [target, key]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        if target_desc.configurable is False:
            raise type_error("'deleteProperty' on proxy: trap returned truish for property "
                             '%s which is non-configurable in the proxy target' % _show(key))
        if not target.is_extensible():
            raise type_error("'deleteProperty' on proxy: trap returned truish for property "
                             '%s but the proxy target is non-extensible' % _show(key))
        return True

    # 10.5.11 [[OwnPropertyKeys]] ( )
    @_nested
    def own_property_keys(self):
        trap, target = self._trap('ownKeys')
        if trap is None:
            return target.own_property_keys()
        result = trap.call(self.proxy_handler, [target])
        # 7.3.18 CreateListFromArrayLike ( obj, « String, Symbol » )
        if not isinstance(result, JSObject):
            raise type_error("'ownKeys' on proxy: trap returned a non-object")
        from .operations import length_of_array_like
        keys = []
        seen = set()   # strings by value, symbols by identity
        for i in range(length_of_array_like(result)):
            k = result.get(str(i))
            if type(k) is not str and type(k) is not JSSymbol:
                raise type_error("'ownKeys' on proxy: %s is not a valid property name" %
                                 self.proxy_realm.describe(k))
            if k in seen:
                raise type_error("'ownKeys' on proxy: trap returned duplicate entries")
            seen.add(k)
            keys.append(k)
        extensible = target.is_extensible()
        target_keys = target.own_property_keys()
        configurable, non_configurable = [], []
        for k in target_keys:
            d = target.get_own_property(k)
            (non_configurable if d is not None and d.configurable is False
             else configurable).append(k)
        if extensible and not non_configurable:
            return keys
        unchecked = seen
        for k in non_configurable:
            if k not in unchecked:
                raise type_error("'ownKeys' on proxy: trap result did not include %s" %
                                 _show(k))
            unchecked.discard(k)
        if extensible:
            return keys
        for k in configurable:
            if k not in unchecked:
                raise type_error("'ownKeys' on proxy: trap result did not include %s" %
                                 _show(k))
            unchecked.discard(k)
        if unchecked:
            raise type_error("'ownKeys' on proxy: trap returned extra keys but proxy target "
                             'is non-extensible')
        return keys

    # 10.5.12 [[Call]] ( thisArgument, argumentsList )
    def call(self, this, args):
        proxy = self   # down a chain of proxies without the trap: a loop
        while True:
            trap, target = proxy._trap('apply')
            if trap is not None:
                return trap.call(proxy.proxy_handler,
                                 [target, this, _current(proxy).new_array(list(args))])
            if type(target) is not ProxyObject:
                return target.call(this, args)
            proxy = target

    # 10.5.13 [[Construct]] ( argumentsList, newTarget )
    def construct(self, args, new_target=None):
        if new_target is None:
            new_target = self
        proxy = self
        while True:
            trap, target = proxy._trap('construct')
            if trap is not None:
                break
            if type(target) is not ProxyObject:
                return target.construct(args, new_target)
            proxy = target
        result = trap.call(proxy.proxy_handler, [target,
                                                 _current(proxy).new_array(list(args)),
                                                 new_target])
        if not isinstance(result, JSObject):
            raise type_error("'construct' on proxy: trap returned non-object")
        return result


def _show(key):
    return "'%s'" % key if type(key) is str else repr(key)


# 7.2.2 IsArray ( argument ): sees through proxies; a revoked one is a TypeError
def is_array(value):
    while True:
        if isinstance(value, JSArray):
            return True
        if not isinstance(value, ProxyObject):
            return False
        if value.proxy_handler is None:
            raise type_error('Cannot perform IsArray on a proxy that has been revoked')
        value = value.proxy_target


# 7.3.24 GetFunctionRealm ( obj )
def _current(proxy):
    """CreateArrayFromList and FromPropertyDescriptor in a trap call use the realm of
    the running execution context, not the proxy's."""
    from .dispatch import current_realm
    return current_realm(proxy.proxy_realm)


def get_function_realm(obj, current):
    while True:
        if isinstance(obj, ProxyObject):
            if obj.proxy_handler is None:
                raise type_error('Cannot get the realm of a proxy that has been revoked')
            obj = obj.proxy_target
            continue
        realm = getattr(obj, 'realm', None)
        if realm is not None:
            return realm
        if getattr(obj, 'bound_args', None) is not None:   # a bound function: its target's
            obj = obj.target
            continue
        return current


# 10.1.14 GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto )
def get_prototype_from_constructor(realm, constructor, default_name):
    if constructor is None:   # called without new: the intrinsic itself
        return realm.intrinsics[default_name]
    proto = constructor.get('prototype')
    if isinstance(proto, JSObject):
        return proto
    return get_function_realm(constructor, realm).intrinsics[default_name]


__all__ = ['ProxyObject', 'is_compatible_descriptor', 'Descriptor', 'is_array',
           'get_function_realm', 'get_prototype_from_constructor']
