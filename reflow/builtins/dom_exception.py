"""WebIDL 3.14.1 DOMException: the error type web APIs throw (structuredClone's
DataCloneError, AbortController's AbortError, ...)."""
from reflow.interp.vm.errors import JSThrow, type_error
from reflow.interp.vm.objects import CONFIGURABLE, ENUMERABLE
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.realm import ErrorObject
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

# WebIDL's table of error names and their legacy codes
LEGACY_CODES = (
    ('IndexSizeError', 'INDEX_SIZE_ERR', 1), ('HierarchyRequestError',
                                              'HIERARCHY_REQUEST_ERR', 3),
    ('WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4),
    ('InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5),
    ('NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7),
    ('NotFoundError', 'NOT_FOUND_ERR', 8), ('NotSupportedError', 'NOT_SUPPORTED_ERR', 9),
    ('InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10),
    ('InvalidStateError', 'INVALID_STATE_ERR', 11), ('SyntaxError', 'SYNTAX_ERR', 12),
    ('InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13),
    ('NamespaceError', 'NAMESPACE_ERR', 14), ('InvalidAccessError', 'INVALID_ACCESS_ERR', 15),
    ('TypeMismatchError', 'TYPE_MISMATCH_ERR', 17), ('SecurityError', 'SECURITY_ERR', 18),
    ('NetworkError', 'NETWORK_ERR', 19), ('AbortError', 'ABORT_ERR', 20),
    ('URLMismatchError', 'URL_MISMATCH_ERR', 21), ('QuotaExceededError',
                                                   'QUOTA_EXCEEDED_ERR', 22),
    ('TimeoutError', 'TIMEOUT_ERR', 23), ('InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24),
    ('DataCloneError', 'DATA_CLONE_ERR', 25),
)
CODES = {name: code for name, _, code in LEGACY_CODES}


class DOMExceptionObject(ErrorObject):
    __slots__ = ('exc_name', 'exc_message')

    def __init__(self, proto, message, name):
        ErrorObject.__init__(self, proto)
        self.exc_name = name
        self.exc_message = message


def dom_exception(realm, message, name):
    """A new DOMException of ``realm``, with its stack."""
    err = DOMExceptionObject(realm.intrinsics['DOMExceptionPrototype'], message, name)
    realm.attach_stack(err)
    return err


def throw_dom_exception(realm, message, name):
    return JSThrow(dom_exception(realm, message, name))


# constructor ( optional DOMString message = "", optional DOMString name = "Error" )
@reg.constructor('DOMException', 0, 'DOMExceptionPrototype', 'ErrorPrototype')
def dom_exception_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Class constructor DOMException cannot be invoked without 'new'")
    message = arg(args, 0)
    name = arg(args, 1)
    message = '' if message is UNDEFINED else to_string(message)
    name = 'Error' if name is UNDEFINED else to_string(name)
    proto = get_prototype_from_constructor(realm, new_target, 'DOMExceptionPrototype')
    err = DOMExceptionObject(proto, message, name)
    realm.attach_stack(err)
    return err


def _this(this, what):
    if not isinstance(this, DOMExceptionObject):
        raise type_error("Value of 'this' must be of type DOMException (%s)" % what)
    return this


@reg.getter('DOMExceptionPrototype', 'name', flags=CONFIGURABLE | ENUMERABLE)
def get_name(realm, this, args):
    return _this(this, 'name').exc_name


@reg.getter('DOMExceptionPrototype', 'message', flags=CONFIGURABLE | ENUMERABLE)
def get_message(realm, this, args):
    return _this(this, 'message').exc_message


@reg.getter('DOMExceptionPrototype', 'code', flags=CONFIGURABLE | ENUMERABLE)
def get_code(realm, this, args):
    return float(CODES.get(_this(this, 'code').exc_name, 0))


@reg.setup
def setup(realm):
    from reflow.interp.vm.values import SYM_TO_STRING_TAG
    I = realm.intrinsics
    ctor, proto = I['DOMException'], I['DOMExceptionPrototype']
    for _, constant, code in LEGACY_CODES:
        ctor.define(constant, float(code), ENUMERABLE)
        proto.define(constant, float(code), ENUMERABLE)
    proto.define(SYM_TO_STRING_TAG, 'DOMException', CONFIGURABLE)
