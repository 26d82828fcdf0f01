"""26.2 FinalizationRegistry Objects.

A cell holds its target and unregister token through Python weak references and its held
value strongly. When a target is collected, the weak reference's callback (which may
run at any point, even in the middle of JS code) only notes it and queues the registry's
cleanup as a host job (9.5 HostEnqueueFinalizationRegistryCleanupJob) on the realm's job
queue, so the cleanup callback runs later, at a job checkpoint, never inside other JS
code. ``run_finalization_cleanup(realm)`` (used by $262.gc after a collection) queues the
cleanup of every registry that has collected cells and no queued job."""
import weakref as _weakref

from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject, same_value
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry
from .weakmap import can_be_held_weakly

reg = Registry()

_REGISTRIES = _weakref.WeakSet()   # every live registry, for run_finalization_cleanup


class FinalizationCell:
    """A Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] }."""
    __slots__ = ('target_ref', 'held_value', 'token_ref')

    def __init__(self, target_ref, held_value, token_ref):
        self.target_ref = target_ref
        self.held_value = held_value
        self.token_ref = token_ref   # None for ~empty~

    def is_empty(self):
        return self.target_ref() is None


class FinalizationRegistryObject(JSObject):
    """[[Realm]], [[CleanupCallback]] and [[Cells]], plus whether a cleanup job is
    queued."""
    __slots__ = ('registry_realm', 'cleanup_callback', 'cells', 'job_queued')

    def __init__(self, proto, realm, callback):
        JSObject.__init__(self, proto, 'FinalizationRegistry')
        self.registry_realm = realm
        self.cleanup_callback = callback
        self.cells = []
        self.job_queued = False


def _on_collected(registry_ref):
    """The callback of a target's weak reference: queue the cleanup job."""
    def collected(_ref):
        registry = registry_ref()
        if registry is not None:
            enqueue_cleanup_job(registry)
    return collected


# 9.5 HostEnqueueFinalizationRegistryCleanupJob ( finalizationRegistry )
def enqueue_cleanup_job(registry):
    if registry.job_queued:
        return
    registry.job_queued = True

    def job():
        registry.job_queued = False
        cleanup_finalization_registry(registry)
    registry.registry_realm.enqueue_job(job)


# 9.12 CleanupFinalizationRegistry ( finalizationRegistry )
def cleanup_finalization_registry(registry):
    callback = registry.cleanup_callback
    while True:
        cells = registry.cells
        for i, cell in enumerate(cells):
            if cell.is_empty():
                break
        else:
            return
        del cells[i]
        callback.call(UNDEFINED, [cell.held_value])   # HostCallJobCallback


def run_finalization_cleanup(realm):
    """Queue the cleanup job of each registry of ``realm`` that has collected cells."""
    for registry in list(_REGISTRIES):
        if registry.registry_realm is realm and any(c.is_empty() for c in registry.cells):
            enqueue_cleanup_job(registry)


def this_registry(realm, this, method):
    if not isinstance(this, FinalizationRegistryObject):
        raise type_error('Method FinalizationRegistry.prototype.%s called on incompatible '
                         'receiver %s' % (method, realm.describe(this)))
    return this


# 26.2.1.1 FinalizationRegistry ( cleanupCallback )
@reg.constructor('FinalizationRegistry', 1, 'FinalizationRegistryPrototype')
def finalization_registry_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor FinalizationRegistry requires 'new'")
    callback = arg(args, 0)
    if not is_callable(callback):
        raise type_error('FinalizationRegistry: cleanup must be callable')
    proto = get_prototype_from_constructor(realm, new_target,
                                           'FinalizationRegistryPrototype')
    registry = FinalizationRegistryObject(proto, realm, callback)
    _REGISTRIES.add(registry)
    return registry


# 26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
@reg.method('FinalizationRegistryPrototype', 'register', 2)
def register(realm, this, args):
    registry = this_registry(realm, this, 'register')
    target, held, token = arg(args, 0), arg(args, 1), arg(args, 2)
    if not can_be_held_weakly(target):
        raise type_error('FinalizationRegistry.prototype.register: invalid target')
    if same_value(target, held):
        raise type_error('FinalizationRegistry.prototype.register: target and holdings '
                         'must not be same')
    if not can_be_held_weakly(token):
        if token is not UNDEFINED:
            raise _invalid_token(realm, token)
        token_ref = None
    else:
        token_ref = _weakref.ref(token)
    target_ref = _weakref.ref(target, _on_collected(_weakref.ref(registry)))
    registry.cells.append(FinalizationCell(target_ref, held, token_ref))
    return UNDEFINED


def _invalid_token(realm, token):
    return type_error("Invalid unregisterToken ('%s')" % realm.describe(token))


# 26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken )
@reg.method('FinalizationRegistryPrototype', 'unregister', 1)
def unregister(realm, this, args):
    registry = this_registry(realm, this, 'unregister')
    token = arg(args, 0)
    if not can_be_held_weakly(token):
        raise _invalid_token(realm, token)
    kept = []
    removed = False
    for cell in registry.cells:
        ref = cell.token_ref
        if ref is not None and ref() is token:
            removed = True
        else:
            kept.append(cell)
    registry.cells = kept
    return removed


@reg.setup
def setup(realm):
    # 26.2.3.4 FinalizationRegistry.prototype [ @@toStringTag ]
    realm.intrinsics['FinalizationRegistryPrototype'].define(
        SYM_TO_STRING_TAG, 'FinalizationRegistry', CONFIGURABLE)


__all__ = ['FinalizationRegistryObject', 'cleanup_finalization_registry',
           'run_finalization_cleanup']
