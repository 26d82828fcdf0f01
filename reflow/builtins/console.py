"""The console object (WHATWG Console Standard) with Node-style value formatting."""
from reflow.interp.function import BoundFunction, JSFunction, NativeFunction, is_callable
from reflow.interp.objects import JSArray, JSObject, MISSING, Prop
from reflow.interp.operations import number_to_string, to_string
from reflow.interp.values import JSBigInt, JSSymbol, NULL, UNDEFINED
from reflow.parser.numeric import int_to_digits
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
            out.append('\\u%04X' % ord(ch))
        else:
            out.append(ch)
    return q + ''.join(out) + q


def inspect(realm, value, depth=2, seen=None, top=True):
    """A rendering of ``value`` in the manner of Node's util.inspect."""
    t = type(value)
    if t is str:
        return value if top else quote(value)
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
    seen = seen or []
    if any(value is s for s in seen):
        return '[Circular *1]'
    if is_callable(value):
        name = value.props.get('name', '')
        name = name.value if type(name) is Prop else name
        kind = 'class' if isinstance(value, JSFunction) and \
            value.code.source_text().startswith('class') else 'Function'
        if kind == 'class':
            return '[class %s]' % (name or '(anonymous)')
        return '[Function: %s]' % name if name else '[Function (anonymous)]'
    if value.class_name == 'Error':
        stack = value.get('stack')
        if type(stack) is str:
            return stack
    special = _inspect_special(realm, value, depth, seen + [value])
    if special is not None:
        return special
    if depth < 0:
        if not any(type(k) is str for k in value.own_property_keys()
                   if not isinstance(value, JSArray) or k != 'length'):
            return '[]' if isinstance(value, JSArray) else '{}'
        return '[Array]' if isinstance(value, JSArray) else '[Object]'
    seen = seen + [value]
    parts = []
    if isinstance(value, JSArray):
        holes = 0
        for i in range(value.length):
            k = str(i)
            if value.get_own_property(k) is None:
                holes += 1
                continue
            if holes:
                parts.append('<%d empty item%s>' % (holes, 's' if holes > 1 else ''))
                holes = 0
            parts.append(inspect(realm, value.get(k), depth - 1, seen, False))
        if holes:
            parts.append('<%d empty item%s>' % (holes, 's' if holes > 1 else ''))
        extra = [k for k in value.own_property_keys()
                 if type(k) is str and not k.isdigit() and k != 'length']
        for k in extra:
            parts.append('%s: %s' % (k, inspect(realm, value.get(k), depth - 1, seen, False)))
        if not parts:
            return '[]'
        body = ', '.join(parts)
        return '[ %s ]' % body if len(body) <= 72 else '[\n  %s\n]' % ',\n  '.join(parts)
    for k in value.own_property_keys():
        d = value.get_own_property(k)
        if d is None or d.enumerable is not True:
            continue
        label = k if type(k) is str and _is_ident(k) else (
            "'%s'" % k if type(k) is str else '[%r]' % k)
        if d.is_accessor():
            v = '[Getter/Setter]' if d.get not in (UNDEFINED, MISSING) and \
                d.set not in (UNDEFINED, MISSING) else \
                ('[Getter]' if d.get not in (UNDEFINED, MISSING) else '[Setter]')
        else:
            v = inspect(realm, d.value, depth - 1, seen, False)
        parts.append('%s: %s' % (label, v))
    prefix = ''
    if value.proto is NULL:
        prefix = '[Object: null prototype] '
    if not parts:
        return prefix + '{}'
    body = ', '.join(parts)
    if len(body) <= 72:
        return prefix + '{ %s }' % body
    return prefix + '{\n  %s\n}' % ',\n  '.join(parts)


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
        parts = []
        for i, k in enumerate(table.keys):
            if k is EMPTY:
                continue
            item = inspect(realm, k, depth - 1, seen, False)
            if cls == 'Map':
                item += ' => ' + inspect(realm, table.values[i], depth - 1, seen, False)
            parts.append(item)
        body = ', '.join(parts)
        return '%s(%d) {%s}' % (cls, len(parts), ' %s ' % body if parts else '')
    if hasattr(value, 'etype') and hasattr(value, 'array_length'):   # a typed array
        items = [inspect(realm, value.read(i), depth - 1, seen, False)
                 for i in range(value.length())]
        return '%s(%d) [%s]' % (value.name, len(items),
                                ' %s ' % ', '.join(items) if items else '')
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


def _is_ident(k):
    return k.isidentifier() or (k and all(c.isalnum() or c in '_$' for c in k)
                                and not k[0].isdigit())


def format_args(realm, args):
    return ' '.join(inspect(realm, a) for a in args)


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
