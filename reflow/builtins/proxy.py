"""28.2 Proxy Objects: the constructor and Proxy.revocable (the exotic object is
reflow/interp/proxy.py)."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.proxy import ProxyObject
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 10.5.14 ProxyCreate ( target, handler )
def proxy_create(realm, target, handler):
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        raise type_error('Cannot create proxy with a non-object as target or handler')
    return ProxyObject(realm, target, handler)


# 28.2.1.1 Proxy ( target, handler )
@reg.constructor('Proxy', 2, 'ProxyPrototypeUnused')
def proxy_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor Proxy requires 'new'")
    return proxy_create(realm, arg(args, 0), arg(args, 1))


# 28.2.2.1 Proxy.revocable ( target, handler )
@reg.method('Proxy', 'revocable', 2)
def revocable(realm, this, args):
    p = proxy_create(realm, arg(args, 0), arg(args, 1))

    # 28.2.2.1.1 Proxy Revocation Functions
    def revoke(this_, args_):
        nonlocal p
        if p is not None:
            p._was_callable = p.is_callable
            p._was_constructor = p.is_constructor
            p.proxy_target = None
            p.proxy_handler = None
            p = None
        return UNDEFINED
    result = realm.new_object()
    result.props['proxy'] = p
    result.props['revoke'] = NativeFunction(realm, revoke, '', 0)
    return result


@reg.setup
def setup(realm):
    # the Proxy constructor has no 'prototype' property
    ctor = realm.intrinsics['Proxy']
    ctor.props.pop('prototype', None)
