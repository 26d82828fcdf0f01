"""The global ``Deno`` object: ``Deno.errors`` (the error classes host ops throw) and
``Deno.permissions`` (query, revoke, request over the runtime's Permissions), shaped as
in deno 2.9.8. ``install(realm, permissions)`` defines it; host ops throw a refused
check as ``js_permission_error(realm, exc)`` (a Deno.errors.NotCapable)."""
from reflow.builtins import install_registries
from reflow.builtins.error import install_error_cause
from reflow.interp.vm.function import arg
from reflow.interp.vm.errors import thrown_value
from reflow.interp.vm.promises import new_promise_capability
from reflow.builtins.registry import Registry
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import CONFIGURABLE, ENUMERABLE, WRITABLE, JSObject
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.realm import ErrorObject
from reflow.interp.vm.values import NULL, UNDEFINED
from reflow.parser.chars import to_code_units

from .permissions import InvalidPermissionValue, check_kind

# Deno.errors, in deno 2.9.8's order; each is `class X extends Error`, name 'X'
ERROR_CLASSES = ('NotFound', 'PermissionDenied', 'ConnectionRefused', 'ConnectionReset',
                 'ConnectionAborted', 'NotConnected', 'AddrInUse', 'AddrNotAvailable',
                 'BrokenPipe', 'AlreadyExists', 'InvalidData', 'TimedOut', 'Interrupted',
                 'WriteZero', 'WouldBlock', 'UnexpectedEof', 'BadResource', 'Http', 'Busy',
                 'NotSupported', 'FilesystemLoop', 'IsADirectory', 'NetworkUnreachable',
                 'NotADirectory', 'NotCapable')

# the descriptor member naming the target of each kind ({name: 'read', path: ...})
TARGET_KEYS = {'read': 'path', 'write': 'path', 'ffi': 'path', 'net': 'host',
               'import': 'host', 'env': 'variable', 'run': 'command', 'sys': 'kind'}

ALL = WRITABLE | ENUMERABLE | CONFIGURABLE

reg = Registry()


class PermissionsObject(JSObject):
    """Deno.permissions: holds the runtime's Permissions (never reachable from JS)."""
    __slots__ = ('permissions',)

    def __init__(self, proto, permissions):
        JSObject.__init__(self, proto)
        self.permissions = permissions


class PermissionStatusObject(JSObject):
    __slots__ = ('state', 'partial')

    def __init__(self, proto, state, partial):
        JSObject.__init__(self, proto)
        self.state = state
        self.partial = partial
        self.define('onchange', NULL, ALL)


def _error_proto_name(name):
    return 'Deno.errors.%sPrototype' % name


def deno_error(realm, name, message, proto=None):
    """A new Deno.errors.<name> with ``message``, as `new Deno.errors[name](message)`."""
    err = ErrorObject(proto or realm.intrinsics[_error_proto_name(name)])
    if message is not None:
        err.define('message', message)
    err.define('name', name, ALL)     # Deno's constructors set this.name
    realm.attach_stack(err)           # V8 formats the stack after that: 'NotFound: ...'
    return err


def js_permission_error(realm, exc):
    """The JS value a host op throws for a PermissionDenied: a Deno.errors.NotCapable
    with Deno's message (`raise JSThrow(js_permission_error(realm, exc))`)."""
    return deno_error(realm, 'NotCapable', str(exc))


def _error_class(realm, name):
    proto_name = _error_proto_name(name)

    # class X extends Error { constructor(msg, options) { super(msg, options); ... } }
    def construct(args, new_target):
        proto = get_prototype_from_constructor(realm, new_target, proto_name)
        message = arg(args, 0)
        err = deno_error(realm, name, None if message is UNDEFINED else to_string(message),
                         proto)
        install_error_cause(err, arg(args, 1))
        return err

    def call(this, args):
        raise type_error("Class constructor %s cannot be invoked without 'new'" % name)
    ctor = NativeFunction(realm, call, name, 2, ctor=construct)
    ctor.set_prototype_of(realm.intrinsics['Error'])
    proto = JSObject(realm.intrinsics['ErrorPrototype'])
    realm.intrinsics[proto_name] = proto
    ctor.define('prototype', proto, 0)
    proto.define('constructor', ctor)
    return ctor


def _illegal_class(realm, name, proto):
    """A class JS may not construct (Deno's Permissions and PermissionStatus)."""
    def call(this, args):
        raise type_error('Illegal constructor')
    ctor = NativeFunction(realm, call, name, 0, ctor=lambda args, new_target: call(None, args))
    ctor.define('prototype', proto, 0)
    proto.define('constructor', ctor)
    return ctor


# -- Deno.permissions ----------------------------------------------------------------

def _descriptor(desc):
    """(kind, target) of a PermissionDescriptor, as Deno's 99_permissions.js reads it."""
    name = desc.get('name') if isinstance(desc, JSObject) else UNDEFINED
    kind = 'undefined' if name is UNDEFINED else to_string(name)
    try:
        check_kind(kind)
    except InvalidPermissionValue as exc:
        raise type_error(exc.message) from None
    target = desc.get(TARGET_KEYS[kind])
    return kind, None if target is UNDEFINED else to_string(target)


def _status(realm, operation, args):
    """The PermissionStatus of ``operation`` ('status', 'request' or 'revoke') on the
    descriptor args[0]; a malformed one throws Deno's error."""
    kind, target = _descriptor(arg(args, 0))
    permissions = realm.intrinsics['Deno.permissions'].permissions
    try:
        state, partial = getattr(permissions, operation)(kind, target)
    except InvalidPermissionValue as exc:
        raise JSErrorSignal(exc.js_name, exc.message) from None
    return PermissionStatusObject(realm.intrinsics['PermissionStatusPrototype'], state,
                                  partial)


def _as_promise(realm, operation, args):
    """The async twin: a promise of the status, or rejected with the error."""
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    try:
        status = _status(realm, operation, args)
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
    else:
        cap.resolve.call(UNDEFINED, [status])
    return cap.promise


@reg.method('PermissionsPrototype', 'query', 1)
def query(realm, this, args):
    return _as_promise(realm, 'status', args)


@reg.method('PermissionsPrototype', 'querySync', 1)
def query_sync(realm, this, args):
    return _status(realm, 'status', args)


@reg.method('PermissionsPrototype', 'revoke', 1)
def revoke(realm, this, args):
    return _as_promise(realm, 'revoke', args)


@reg.method('PermissionsPrototype', 'revokeSync', 1)
def revoke_sync(realm, this, args):
    return _status(realm, 'revoke', args)


# never a prompt (--no-prompt): what is not granted is refused
@reg.method('PermissionsPrototype', 'request', 1)
def request(realm, this, args):
    return _as_promise(realm, 'request', args)


@reg.method('PermissionsPrototype', 'requestSync', 1)
def request_sync(realm, this, args):
    return _status(realm, 'request', args)


def _this_status(this, what):
    if not isinstance(this, PermissionStatusObject):
        raise type_error("Value of 'this' must be of type PermissionStatus (%s)" % what)
    return this


@reg.getter('PermissionStatusPrototype', 'state')
def get_state(realm, this, args):
    return _this_status(this, 'state').state


@reg.getter('PermissionStatusPrototype', 'partial')
def get_partial(realm, this, args):
    return _this_status(this, 'partial').partial


def install(realm, permissions):
    """Define the global ``Deno`` of ``realm`` over ``permissions`` (a Permissions)."""
    I = realm.intrinsics
    for name in ('PermissionsPrototype', 'PermissionStatusPrototype'):
        I[name] = JSObject(I['ObjectPrototype'])
    # the constructor first, as a class's own property order has it
    _illegal_class(realm, 'Permissions', I['PermissionsPrototype'])
    _illegal_class(realm, 'PermissionStatus', I['PermissionStatusPrototype'])
    install_registries(realm, [reg])
    errors = JSObject(I['ObjectPrototype'])
    for name in ERROR_CLASSES:
        errors.define(name, _error_class(realm, name), ALL)
    deno = JSObject(I['ObjectPrototype'])
    deno.define('errors', errors, ALL)
    I['Deno.permissions'] = PermissionsObject(I['PermissionsPrototype'], permissions)
    deno.define('permissions', I['Deno.permissions'], ALL)
    # Deno.args: the script's arguments (the host's argv after the program and script)
    argv = getattr(realm.host, 'argv', None) or ()
    deno.define('args', realm.new_array([to_code_units(str(a)) for a in argv[2:]]), ALL)
    realm.global_object.define('Deno', deno, ENUMERABLE | CONFIGURABLE)
    return deno
