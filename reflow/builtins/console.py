"""The console object (WHATWG Console Standard) with Node-style value formatting."""
import math
import re

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.interp.vm.function import BoundFunction, JSFunction, NativeFunction, is_callable
from reflow.interp.vm.objects import JSArray, JSObject, MISSING, Prop, array_index
from reflow.interp.vm.proxy import ProxyObject
from reflow.interp.vm.realm import ErrorObject, data_property
from reflow.interp.vm.operations import number_to_string, to_number, to_string
from reflow.interp.vm.values import JSBigInt, JSSymbol, NULL, SYM_TO_STRING_TAG, UNDEFINED
from reflow.parser.numeric import int_to_digits
from .console_layout import BREAK_LENGTH, reduce_entries
from .globals import host_output
from .registry import Registry

reg = Registry()


_ESCAPES = {'\n': '\\n', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\r': '\\r',
            '\\': '\\\\', '\x0b': '\\x0B', '\x7f': '\\x7F'}


def quote(text):
    """A string inside a container, quoted and escaped as Node's util.inspect does:
    single quotes unless the text has them (then double quotes, then backticks)."""
    q = "'"
    if "'" in text:
        if '"' not in text:
            q = '"'
        elif '`' not in text and '${' not in text:
            q = '`'
    out = []
    n = len(text)
    i = -1
    while i + 1 < n:
        i += 1
        ch = text[i]
        if '\ud800' <= ch <= '\udbff' and i + 1 < n and '\udc00' <= text[i + 1] <= '\udfff':
            out.append(ch + text[i + 1])   # a pair: printed as the character
            i += 1
            continue
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch == q:
            out.append('\\' + ch)
        elif ch < ' ':
            out.append('\\x%02X' % ord(ch))
        elif '\ud800' <= ch <= '\udfff':
            out.append('\\u%04x' % ord(ch))   # Node's hex here is lower case
        else:
            out.append(ch)
    return q + ''.join(out) + q


# Node's util.inspect defaults: maxArrayLength (also for Map, Set and typed arrays)
# and maxStringLength (for a string inside a container)
MAX_ITEMS = 100
MAX_STRING = 10000
# and its compact: the innermost levels of objects that may share one line
COMPACT = 3


class Seen:
    """The state of one inspection: the objects being shown (to spot a cycle), the
    <ref *n> numbers of those a cycle reaches, and whether an error's stack, name and
    message may be read through their getters, whose exceptions console.log lets
    through as Node's does (a printer outside any handler retries with run_code=False
    after one threw). No other getter or proxy trap is ever called."""
    __slots__ = ('stack', 'refs', 'run_code', 'deepest', 'compact', 'sorted', 'custom',
                 'break_length')

    def __init__(self, run_code=True, compact=COMPACT, sorted=False, custom=True,
                 break_length=BREAK_LENGTH):
        self.stack = []
        self.refs = {}
        self.run_code = run_code
        # util.inspect's options: compact (False: every object of entries on lines of
        # its own), sorted (the entries of objects, maps and sets sorted),
        # customInspect (whether util.inspect.custom methods are called) and breakLength
        self.compact = compact
        self.sorted = sorted
        self.custom = custom
        self.break_length = break_length   # the width entries are kept within
        # the nesting level of the object whose entries were shown last (Node's
        # ctx.currentDepth): an object with more than COMPACT levels of objects
        # inside is not joined on one line
        self.deepest = 0

    def circular(self, value):
        for s in self.stack:
            if s is value:
                n = self.refs.setdefault(id(value), len(self.refs) + 1)
                return '[Circular *%d]' % n
        return None


def inspect(realm, value, depth=2, seen=None, top=True):
    """A rendering of ``value`` in the manner of Node's util.inspect."""
    t = type(value)
    if t is str:
        return value if top else _quote_bounded(value)
    if t is float:
        return '-0' if value == 0.0 and str(value).startswith('-') else number_to_string(value)
    if t is bool:
        return 'true' if value else 'false'
    if value is UNDEFINED:
        return 'undefined'
    if value is NULL:
        return 'null'
    if t is JSBigInt:
        return int_to_digits(value.value) + 'n'
    if t is JSSymbol:
        return repr(value)
    if not isinstance(value, JSObject):
        return str(value)
    seen = seen or Seen()
    # Node shows a proxy as its target, running no trap (and a revoked one as such)
    while isinstance(value, ProxyObject):
        value = value.proxy_target
        if value is None:
            return '<Revoked Proxy>'
    circular = seen.circular(value)
    if circular is not None:
        return circular
    if seen.run_code and seen.custom:
        custom = _custom_inspect(realm, value, depth, seen, top)
        if custom is not None:
            return custom
    seen.stack.append(value)
    try:
        text = _inspect_object(realm, value, depth, seen)
    finally:
        seen.stack.pop()
    n = seen.refs.get(id(value))
    return text if n is None else '<ref *%d> %s' % (n, text)


# Node's util.inspect.custom: an object's method of this registered symbol gives what
# console.log and util.inspect show for it
CUSTOM_INSPECT_KEY = 'nodejs.util.inspect.custom'


def _custom_inspect(realm, value, depth, seen, top):
    """What value[Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect)
    returns, shown (a string as it is); None where there is no such method."""
    key = realm.symbol_registry.get(CUSTOM_INSPECT_KEY)
    if key is None:
        return None
    method = value.get(key)
    if not is_callable(method):
        return None
    options = realm.new_object()
    options.set('depth', float(depth))
    options.set('stylize', _native_helper(realm, 'console.stylize', lambda this, args:
                                          to_string(args[0]) if args else 'undefined',
                                          'stylize'))
    shown = _native_helper(realm, 'console.inspect', lambda this, args: inspect(
        realm, args[0] if args else UNDEFINED, 2, None, False), 'inspect')
    result = method.call(value, [float(depth), options, shown])
    if result is value:
        return None
    if type(result) is str:
        return result
    return inspect(realm, result, depth, seen, top)


def _native_helper(realm, name, fn, js_name):
    """A native function made once per realm (kept among its intrinsics)."""
    f = realm.intrinsics.get(name)
    if f is None:
        f = realm.intrinsics[name] = NativeFunction(realm, fn, js_name, 1)
    return f


def inspect_safely(realm, value, top=True):
    """inspect() for a printer outside any JS handler (`reflow eval`'s completion
    value): it never throws. Where the getter or trap it runs throws, the value is
    shown again running no JS: an error's stack is then read only if it is a data
    property."""
    return _never_throwing(realm, value, lambda seen: inspect(realm, value, 2, seen, top))


def uncaught_text(realm, value):
    """What `reflow run` prints after "Uncaught ": an error's stack (its header where
    the stack is not a string), any other value as console.log shows it; it never
    throws (see inspect_safely)."""
    def text(seen):
        if not isinstance(value, ErrorObject):
            return inspect(realm, value, 2, seen)
        stack = value.get('stack') if seen.run_code else data_property(value, 'stack')
        if type(stack) is str:
            return stack
        if seen.run_code:
            return realm.error_header(value)
        # the getter of the stack threw: the frames captured when the error was made
        return '\n'.join([realm.error_header(value)] + value.stack_lines)
    return _never_throwing(realm, value, text)


def _never_throwing(realm, value, show):
    try:
        return show(Seen())
    except (JSThrow, JSErrorSignal, RecursionError):
        pass
    try:
        return show(Seen(run_code=False))
    except (JSThrow, JSErrorSignal, RecursionError):
        # nothing of it can be shown: Object.prototype.toString's form of its class
        return '[object %s]' % getattr(value, 'class_name', 'Object')


def _quote_bounded(text):
    if len(text) <= MAX_STRING:
        return quote(text)
    rest = len(text) - MAX_STRING
    return '%s... %d more character%s' % (quote(text[:MAX_STRING]), rest,
                                          's' if rest > 1 else '')


def _inspect_object(realm, value, depth, seen):
    if is_callable(value):
        name = _function_name(value)
        kind = 'class' if isinstance(value, JSFunction) and \
            value.code.source_text().startswith('class') else 'Function'
        if kind == 'class':
            return '[class %s]' % (name or '(anonymous)')
        return '[Function: %s]' % name if name else '[Function (anonymous)]'
    if isinstance(value, ErrorObject):
        # Node prints an error's stack; where it is no string, [Name: message]
        stack = value.get('stack') if seen.run_code else data_property(value, 'stack')
        if type(stack) is str:
            return stack
        return '[%s]' % realm.error_header(value, safe=not seen.run_code)
    special = _inspect_special(realm, value, depth, seen)
    if special is not None:
        return special
    is_array = isinstance(value, JSArray)
    prefix = _kind_prefix(value, seen, is_array)
    if depth < 0:
        keys = value.props if is_array else value.own_property_keys()
        if not (is_array and value.dense) and not any(type(k) is str for k in keys):
            return prefix + ('[]' if is_array else '{}')
        return '[%s]' % (_constructor_name(value, seen) or ('Array' if is_array else 'Object'))
    outer = seen.deepest
    level = seen.deepest = len(seen.stack)
    parts = _array_items(realm, value, depth, seen) if is_array else []
    n_items = len(parts)   # the elements, before the other properties
    for k in (_non_index_keys(value) if is_array else value.own_property_keys()):
        try:
            d = value.get_own_property(k)
        except JSErrorSignal as exc:
            if exc.name != 'ReferenceError':
                raise
            # a module namespace's binding in its temporal dead zone
            parts.append('%s: <uninitialized>' % _label(k))
            continue
        if d is None or d.enumerable is not True:
            continue
        parts.append('%s: %s' % (_label(k), _property_value(realm, d, depth, seen)))
    if not parts:
        seen.deepest = outer   # (Node shows an empty object before its entries)
        return prefix + ('[]' if is_array else '{}')
    if seen.sorted:
        parts[n_items:] = sorted(parts[n_items:])
    if is_array:
        return reduce_entries(parts, prefix + '[', ']', seen, level - 1,
                              _numeric_items(value, len(parts)))
    return reduce_entries(parts, prefix + '{', '}', seen, level - 1)


def _numeric_items(arr, n):
    """Whether arr[0..n) are all numbers or bigints (held as data: no getter runs)."""
    for i in range(n):
        if arr.dense is not None and i < len(arr.dense):
            v = arr.dense[i]
        else:
            d = arr.props.get(str(i))
            v = d.value if type(d) is Prop and not d.is_accessor else d
        if type(v) not in (float, JSBigInt):
            return False
    return True


def _non_index_keys(arr):
    """An array's own keys after its elements, in [[OwnPropertyKeys]] order, without
    sorting a million indices to find them."""
    keys = [k for k in arr.props if type(k) is str and array_index(k) < 0]
    return keys + [k for k in arr.props if type(k) is not str]


def _function_name(fn):
    name = fn.props.get('name', '')
    name = name.value if type(name) is Prop else name   # an accessor's value: undefined
    return name if type(name) is str else ''


# a prototype chain longer than this (getPrototypeOf traps can make one without end)
# is not walked further for a constructor's name
MAX_CHAIN = 1000


def _constructor_name(value, seen):
    """Node's constructor name of an object: that of the first own 'constructor' data
    property up its prototype chain that is a named function; None if there is none
    (an object of null prototype). With run_code the chain is walked as Node walks it,
    through [[GetPrototypeOf]] and [[GetOwnProperty]] (a proxy's traps run); without,
    only stored properties are read and a proxy ends the walk ('')."""
    obj = value
    for _ in range(MAX_CHAIN):
        if not isinstance(obj, JSObject):
            return None
        if seen.run_code:
            d = obj.get_own_property('constructor')
            ctor = d.value if d is not None and not d.is_accessor() else MISSING
        elif isinstance(obj, ProxyObject):
            return ''
        else:
            stored = obj.props.get('constructor', MISSING)
            ctor = stored if type(stored) is not Prop else \
                (MISSING if stored.is_accessor else stored.value)
        if isinstance(ctor, JSObject) and is_callable(ctor) and _inherits_from(value, ctor):
            name = _function_name(ctor)
            if name:
                return name
        obj = obj.get_prototype_of() if seen.run_code else obj.proto
    return ''


def _inherits_from(value, ctor):
    """`value instanceof ctor` as Node's inspect asks it (so Object.prototype is not
    an Object), read from stored properties only: no trap or getter runs."""
    proto = data_property(ctor, 'prototype')
    if not isinstance(proto, JSObject):
        return False
    obj = value.proto
    for _ in range(MAX_CHAIN):
        if obj is proto:
            return True
        if not isinstance(obj, JSObject) or isinstance(obj, ProxyObject):
            return False
        obj = obj.proto
    return False


def _kind_prefix(value, seen, is_array):
    """What Node writes before an object's braces: its constructor's name where that is
    not Object (Array, for an array, with its length), its [Symbol.toStringTag] where
    that is another string, '[Object: null prototype]' without a constructor."""
    if value.class_name == 'Module':   # a module namespace: Node's own form
        return '[Module: null prototype] '
    name = _constructor_name(value, seen)
    tag = value.get(SYM_TO_STRING_TAG) if seen.run_code else \
        data_property(value, SYM_TO_STRING_TAG)
    plain = 'Array' if is_array else 'Object'
    if name is None:
        return '[%s: null prototype] ' % (tag if type(tag) is str and tag else plain)
    own = value.get_own_property(SYM_TO_STRING_TAG)
    if own is not None and own.enumerable:
        tag = None   # it is listed with the properties
    tag = ' [%s]' % tag if type(tag) is str and tag and tag != name else ''
    if name == plain or not name:
        return '%s%s ' % (plain, tag) if tag else ''
    if is_array:
        return '%s(%d)%s ' % (name, value.length, tag)
    return '%s%s ' % (name, tag)


def _label(key):
    if type(key) is not str:
        return '[%r]' % key
    if key == '__proto__':   # an own property of that name, as Node marks it
        return "['__proto__']"
    return key if _PLAIN_KEY.match(key) else quote(key)


def _property_value(realm, d, depth, seen):
    """An own property as Node shows it: an accessor is [Getter], [Setter] or
    [Getter/Setter], never called."""
    if d.is_accessor():
        has_get = d.get not in (UNDEFINED, MISSING)
        has_set = d.set not in (UNDEFINED, MISSING)
        return '[Getter/Setter]' if has_get and has_set else \
            ('[Getter]' if has_get else '[Setter]')
    return inspect(realm, d.value, depth - 1, seen, False)


def _holes(n):
    return '<%d empty item%s>' % (n, 's' if n > 1 else '')


def _more_items(n):
    return '... %d more item%s' % (n, 's' if n > 1 else '')


def _array_items(realm, arr, depth, seen):
    """The first MAX_ITEMS entries of an array (a run of holes is one entry), then
    how many indices are left; a sparse array is walked by its keys, not its length."""
    length = arr.length
    if arr.dense is not None:   # (its props hold no index)
        indices = iter(range(len(arr.dense)))
    elif length <= 2 * len(arr.props) + MAX_ITEMS:
        indices = (i for i in range(length) if str(i) in arr.props)
    else:
        indices = iter(sorted(n for n in (array_index(k) for k in arr.props
                                          if type(k) is str) if n >= 0))
    parts = []
    upto = 0    # the next index not yet shown
    for i in indices:
        if len(parts) >= MAX_ITEMS:
            break
        if i > upto:
            parts.append(_holes(i - upto))
            if len(parts) >= MAX_ITEMS:
                upto = i
                break
        d = arr.get_own_property(str(i))
        parts.append(_property_value(realm, d, depth, seen))
        upto = i + 1
    if upto < length and len(parts) < MAX_ITEMS:
        parts.append(_holes(length - upto))
        upto = length
    if upto < length:
        parts.append(_more_items(length - upto))
    return parts


def _inspect_special(realm, value, depth, seen):
    """Objects with internal slots, shown as Node shows them: dates as ISO strings,
    regular expressions as literals, Map(n) { k => v }, Set(n) { v }, [Number: 1],
    Promise { value }."""
    cls = value.class_name
    if cls == 'Date':
        from .date_time import iso_string
        tv = value.date_value
        return 'Invalid Date' if tv != tv else iso_string(tv)
    if cls == 'RegExp' and hasattr(value, 'matcher'):
        return '/%s/%s' % (value.source, value.flags)
    if cls in ('Map', 'Set') and (hasattr(value, 'map_data') or hasattr(value, 'set_data')):
        table = value.map_data if cls == 'Map' else value.set_data
        if depth < 0:
            return '[%s]' % cls
        from .keyed_table import EMPTY
        outer = seen.deepest
        level = seen.deepest = len(seen.stack)
        parts = []
        size = 0
        for i, k in enumerate(table.keys):
            if k is EMPTY:
                continue
            size += 1
            if len(parts) == MAX_ITEMS:
                continue
            item = inspect(realm, k, depth - 1, seen, False)
            if cls == 'Map':
                item += ' => ' + inspect(realm, table.values[i], depth - 1, seen, False)
            parts.append(item)
        if seen.sorted:
            parts.sort()
        if size > len(parts):
            parts.append(_more_items(size - len(parts)))
        if not parts:
            seen.deepest = outer
            return '%s(%d) {}' % (cls, size)
        return reduce_entries(parts, '%s(%d) {' % (cls, size), '}', seen, level - 1)
    if hasattr(value, 'etype') and hasattr(value, 'array_length'):   # a typed array
        length = value.length()
        items = [inspect(realm, value.read(i), depth - 1, seen, False)
                 for i in range(min(length, MAX_ITEMS))]
        if length > MAX_ITEMS:
            items.append(_more_items(length - MAX_ITEMS))
        # a subclass's instance is Buffer(2) [Uint8Array] [ ... ]
        name = _constructor_name(value, seen) or value.name
        kind = '%s(%d)' % (name, length) if name == value.name else \
            '%s(%d) [%s]' % (name, length, value.name)
        if not items:
            return kind + ' []'
        level = seen.deepest = len(seen.stack)
        return reduce_entries(items, kind + ' [', ']', seen, level - 1, True)
    if cls == 'ArrayBuffer' and hasattr(value, 'data'):
        data = value.data or b''
        return 'ArrayBuffer { byteLength: %d }' % len(data)
    if cls == 'Promise' and hasattr(value, 'state'):
        if value.state == 'pending':
            return 'Promise { <pending> }'
        shown = inspect(realm, value.result, depth - 1, seen, False)
        return 'Promise { %s%s }' % ('<rejected> ' if value.state == 'rejected' else '',
                                     shown)
    if cls in ('Number', 'String', 'Boolean', 'Symbol', 'BigInt') and \
            hasattr(value, 'primitive'):
        return '[%s: %s]' % (cls, inspect(realm, value.primitive, depth, seen, False))
    return None


# the keys Node's inspect shows unquoted (others, '$a' and 'é' too, are quoted)
_PLAIN_KEY = re.compile(r'[a-zA-Z_][a-zA-Z_0-9]*\Z')


def format_args(realm, args, depth=2):
    """What console.log prints for ``args``: Node's util.format. A first argument that
    is a string is a format where %s %d %i %f %j %o %O %c take the next argument each
    and %% is '%' (where arguments are left); what remains is shown after it, spaced,
    strings as they are and other values inspected to ``depth``."""
    if not args:
        return ''
    first = args[0]
    out = []
    a = 0
    if type(first) is str:
        if len(args) == 1:
            return first
        last = 0      # where the text not yet copied begins
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] != '%':
                i += 1
                continue
            spec = first[i + 1]
            if a + 1 < len(args):
                if spec == '%':
                    out.append(first[last:i + 1])
                    last = i + 2
                    i += 2
                    continue
                fn = _SPECIFIERS.get(spec)
                if fn is None:
                    i += 2
                    continue
                a += 1
                out.append(first[last:i])
                out.append(fn(realm, args[a], depth))
                last = i + 2
            elif spec == '%':
                out.append(first[last:i + 1])
                last = i + 2
            i += 2
        if last != 0:
            a += 1
            out.append(first[last:])
            if a < len(args):
                out.append(' ')
    out.append(' '.join(v if type(v) is str else inspect(realm, v, depth, None, False)
                        for v in args[a:]))
    return ''.join(out)


def _format_number(value):
    return '-0' if value == 0 and math.copysign(1, value) < 0 else number_to_string(value)


def _format_string(realm, value, depth):
    # %s: a number, bigint or symbol as inspect shows it; an object whose toString is
    # a built-in one inspected without its nested objects; else String(value)
    if type(value) in (float, JSBigInt, JSSymbol):
        return inspect(realm, value)
    if isinstance(value, JSObject) and not is_callable(value) and \
            _has_builtin_to_string(realm, value):
        return inspect(realm, value, 0, None, False)
    return to_string(value)


def _has_builtin_to_string(realm, value):
    """Node's test of %s: whether value's toString is the one of a global constructor's
    prototype (its own or a class's toString is called instead)."""
    while isinstance(value, ProxyObject):
        value = value.proxy_target
        if value is None:
            return True
    if not is_callable(value.get('toString')):
        return True
    if value.get_own_property('toString') is not None:
        return False
    holder = value.get_prototype_of()
    for _ in range(MAX_CHAIN):
        if holder is None or holder is NULL or holder.get_own_property('toString') is not None:
            break
        holder = holder.get_prototype_of()
    if not isinstance(holder, JSObject):
        return True
    d = holder.get_own_property('constructor')
    ctor = d.value if d is not None and not d.is_accessor() else None
    if not (isinstance(ctor, JSObject) and is_callable(ctor)):
        return False
    name = _function_name(ctor)
    glob = realm.global_object.get_own_property(name) if name[:1].isupper() else None
    return glob is not None and glob.value is ctor


def _format_json(realm, value, depth):
    from .json import stringify
    try:
        result = stringify(realm, UNDEFINED, [value])
    except JSErrorSignal as exc:
        if exc.name == 'TypeError' and 'circular structure' in exc.message:
            return '[Circular]'
        raise
    return 'undefined' if result is UNDEFINED else result


def _format_integer(realm, value, depth, parse='parse_int'):
    if type(value) is JSBigInt:
        return inspect(realm, value)
    if type(value) is JSSymbol:
        return 'NaN'
    if parse is None:
        return _format_number(to_number(value))
    from . import number
    return _format_number(getattr(number, parse)(realm, UNDEFINED, [value]))


_SPECIFIERS = {
    's': _format_string,
    'j': _format_json,
    'd': lambda realm, v, depth: _format_integer(realm, v, depth, None),
    'i': _format_integer,
    'f': lambda realm, v, depth: 'NaN' if type(v) is JSSymbol else
    _format_integer(realm, v, depth, 'parse_float'),
    'o': lambda realm, v, depth: inspect(realm, v, 4, None, False),
    'O': lambda realm, v, depth: inspect(realm, v, depth, None, False),
    'c': lambda realm, v, depth: '',
}


def _logger(stream):
    def log(realm, this, args):
        host_output(realm, format_args(realm, args), stream)
        return UNDEFINED
    return log


@reg.setup
def setup(realm):
    from . import native
    console = realm.new_object()
    for name, stream in (('log', 'stdout'), ('info', 'stdout'), ('debug', 'stdout'),
                         ('error', 'stderr'), ('warn', 'stderr'), ('trace', 'stderr')):
        console.define(name, native(realm, _logger(stream), name, 0))
    realm.global_object.define('console', console)
