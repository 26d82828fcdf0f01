"""10.2 ECMAScript Function Objects, 10.3 Built-in Function Objects, 10.4.1 Bound
Function Exotic Objects, 10.4.4 Arguments Exotic Objects, and the Cell that holds a
captured variable."""
from .errors import JSErrorSignal, type_error
from .objects import (CONFIGURABLE, Descriptor, JSObject, MISSING, Prop, THREAD, WRITABLE,
                      array_index)
from .values import NULL, UNDEFINED


def arg(args, i):
    """The i-th argument of a built-in's call, undefined when absent."""
    return args[i] if i < len(args) else UNDEFINED


class Empty:
    """The value of a binding in its temporal dead zone."""
    __slots__ = ()

    def __repr__(self):
        return '<empty>'


EMPTY = Empty()


class Cell:
    """A captured variable, shared by the frames and closures that use it."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return 'Cell(%r)' % (self.value,)


class JSFunction(JSObject):
    """A function whose body is bytecode (10.2). [[Call]] and [[Construct]] run the
    VM; the VM also calls these inline, without Python recursion."""
    __slots__ = ('code', 'closure', 'realm', 'home', 'this_value', 'fields',
                 'is_constructor', 'class_heritage')
    is_callable = True

    def __init__(self, realm, code, closure, proto, home=None):
        JSObject.__init__(self, proto, 'Function')
        self.code = code
        self.closure = closure
        self.realm = realm
        self.home = home              # [[HomeObject]] for super property access
        self.fields = None            # class constructors: the field initializer
        self.is_constructor = False
        self.class_heritage = None

    def call(self, this, args):
        return self.realm.vm.call_function(self, this, args)

    def construct(self, args, new_target=None):
        return self.realm.vm.construct(self, args, self if new_target is None else new_target)

    def __repr__(self):
        return '<JS function %s>' % (self.code.name or '<anonymous>')


class NativeFunction(JSObject):
    """A built-in function (10.3): ``fn(this, args)`` in Python. A constructor also
    has ``ctor(args, new_target)``."""
    __slots__ = ('fn', 'ctor', 'realm', 'name')
    is_callable = True

    def __init__(self, realm, fn, name, length, proto=None, ctor=None):
        JSObject.__init__(self, realm.intrinsics['FunctionPrototype'] if proto is None
                          else proto, 'Function')
        self.fn = fn
        self.ctor = ctor
        self.realm = realm
        self.name = name
        self.define('length', float(length), CONFIGURABLE)
        self.define('name', name if type(name) is str else
                    '[%s]' % name.description if name.description is not UNDEFINED else '',
                    CONFIGURABLE)

    @property
    def is_constructor(self):
        return self.ctor is not None

    def call(self, this, args):
        # a built-in may call back into JS or into another built-in (Array.prototype.
        # toString of nested arrays): each level counts against the stack budget
        native = THREAD.stack
        native.enter()
        try:
            return self.fn(this, args)
        except JSErrorSignal as sig:
            # 10.3.1 [[Call]]: the callee context's realm creates the error
            if sig.realm is None:
                sig.realm = self.realm
            raise
        finally:
            native.depth -= 1

    def construct(self, args, new_target=None):
        if self.ctor is None:
            raise type_error('%s is not a constructor' % self.name)
        native = THREAD.stack
        native.enter()
        try:
            return self.ctor(args, self if new_target is None else new_target)
        except JSErrorSignal as sig:
            if sig.realm is None:
                sig.realm = self.realm
            raise
        finally:
            native.depth -= 1

    def __repr__(self):
        return '<native function %s>' % (self.name,)


class BoundFunction(JSObject):
    """10.4.1 Bound Function Exotic Objects."""
    __slots__ = ('target', 'bound_this', 'bound_args')
    is_callable = True

    def __init__(self, target, bound_this, bound_args):
        JSObject.__init__(self, target.get_prototype_of(), 'Function')
        self.target = target
        self.bound_this = bound_this
        self.bound_args = list(bound_args)

    @property
    def is_constructor(self):
        target = self.target   # a loop: bound functions of bound functions nest deeply
        while type(target) is BoundFunction:
            target = target.target
        return getattr(target, 'is_constructor', False)

    # 10.4.1.1 [[Call]] ( thisArgument, argumentsList ): a bound function of a bound
    # function calls the next in a loop, not by recursion (the chain may be long)
    def call(self, this, args):
        f = self
        args = list(args)
        while type(f) is BoundFunction:
            args = f.bound_args + args
            this = f.bound_this
            f = f.target
        return f.call(this, args)

    # 10.4.1.2 [[Construct]] ( argumentsList, newTarget )
    def construct(self, args, new_target=None):
        f = self
        args = list(args)
        while type(f) is BoundFunction:
            if new_target is None or new_target is f:
                new_target = f.target
            args = f.bound_args + args
            f = f.target
        return f.construct(args, new_target)


class ArgumentsObject(JSObject):
    """10.4.4 Arguments Exotic Objects. A mapped one (sloppy, simple parameters) keeps
    its indices aliased to the parameters' Cells until they are redefined."""
    __slots__ = ('mapped',)
    ordinary_lookup = True   # on a prototype chain (receiver not itself) it is ordinary

    def __init__(self, proto, args, cells=None):
        JSObject.__init__(self, proto, 'Arguments')
        props = self.props
        for i, a in enumerate(args):
            props[str(i)] = a
        self.mapped = {}
        if cells:
            for i, cell in enumerate(cells):
                if i < len(args) and cell is not None:
                    self.mapped[str(i)] = cell

    # 10.4.4.1 [[GetOwnProperty]] ( P )
    def get_own_property(self, key):
        desc = JSObject.get_own_property(self, key)
        if desc is not None and key in self.mapped:
            desc.value = self.mapped[key].value
        return desc

    # 10.4.4.2 [[DefineOwnProperty]] ( P, Desc )
    def define_own_property(self, key, desc):
        cell = self.mapped.get(key)
        if cell is None:
            return JSObject.define_own_property(self, key, desc)
        new_desc = desc
        if desc.is_data() and desc.value is MISSING and desc.writable is False:
            new_desc = Descriptor(value=cell.value, writable=False,
                                  enumerable=desc.enumerable, configurable=desc.configurable)
        if not JSObject.define_own_property(self, key, new_desc):
            return False
        if desc.is_accessor():
            del self.mapped[key]
        else:
            if desc.value is not MISSING:
                cell.value = desc.value
            if desc.writable is False:
                del self.mapped[key]
        return True

    # 10.4.4.3 [[Get]] ( P, Receiver )
    def get(self, key, receiver=None):
        cell = self.mapped.get(key)
        if cell is not None:
            return cell.value
        return JSObject.get(self, key, receiver)

    # 10.4.4.4 [[Set]] ( P, V, Receiver )
    def set(self, key, value, receiver=None):
        cell = self.mapped.get(key)
        if cell is not None and (receiver is None or receiver is self):
            stored = self.props.get(key)
            if type(stored) is not Prop or stored.flags & WRITABLE:
                cell.value = value
        return JSObject.set(self, key, value, receiver)

    # 10.4.4.5 [[Delete]] ( P )
    def delete(self, key):
        result = JSObject.delete(self, key)
        if result:
            self.mapped.pop(key, None)
        return result


def is_callable(value):
    return getattr(value, 'is_callable', False) is True


def is_constructor(value):
    return isinstance(value, JSObject) and bool(getattr(value, 'is_constructor', False))


__all__ = ['EMPTY', 'Cell', 'JSFunction', 'NativeFunction', 'BoundFunction',
           'ArgumentsObject', 'is_callable', 'is_constructor', 'array_index', 'NULL']
