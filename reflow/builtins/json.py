"""25.5 The JSON Object.

JSON.parse scans with Python's json module, whose grammar is ECMA-404's once NaN,
Infinity and -Infinity are refused (strict mode refuses raw control characters in
strings; whitespace is the same four characters). Its hooks build the JS values while it
scans: an object hook makes each JSObject straight from the member list (a later
duplicate key wins in the first key's place, as CreateDataProperty does; '__proto__' is
an own data property), and arrays become JSArrays when their parent is built. Numbers
are all doubles. Python joins an escaped surrogate pair (\\ud83d\\ude00) into one code
point: such strings are split back into UTF-16 code units.

JSON.stringify follows SerializeJSONProperty step by step, but reads plain data
properties of ordinary objects and arrays straight from their storage and collects
output in lists joined once, so both directions are linear.
"""
import json as _json
import re
import weakref
from reflow.interp.vm.polling import polled
from json.encoder import encode_basestring as _encode_basestring

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import (CONFIGURABLE, ENUMERABLE, ImmutablePrototypeObject,
                                      JSArray, JSObject, MISSING, Prop,
                                      create_data_property, ordered_keys)
from reflow.interp.vm.operations import (number_to_string, to_integer_or_infinity,
                                         to_number, to_string)
from reflow.interp.vm.proxy import is_array   # 7.2.2 IsArray
from reflow.interp.vm.realm import PrimitiveWrapper, StringObject
from reflow.interp.vm.values import JSBigInt, NULL, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.operations import length_of_array_like
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()
reg.namespace('JSON')

_INDEX_KEYS = ['0']   # '0', '1', ... shared by the arrays built or serialized
_INDEX_KEYS_CACHED = 1 << 16


def index_keys(n):
    """A list starting with the property keys '0' .. str(n - 1) (it may be longer)."""
    keys = _INDEX_KEYS
    if len(keys) < n:
        if n > _INDEX_KEYS_CACHED:   # a huge array: its own list, not kept
            return keys + [str(i) for i in range(len(keys), n)]
        keys.extend([str(i) for i in range(len(keys), n)])
    return keys


# -- JSON.parse ---------------------------------------------------------------------------

_ASTRAL = re.compile('[\U00010000-\U0010ffff]')
_ESCAPED_HIGH_SURROGATE = re.compile(r'\\u[dD][89abAB]')


def _split_astral(match):
    c = ord(match.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def _utf16(s):
    """A string Python decoded with astral code points, as UTF-16 code units."""
    return s if s.isascii() else _ASTRAL.sub(_split_astral, s)


def _refuse_constant(name):
    raise ValueError('Unexpected token %s' % name[0])


class _Builder:
    """The hooks of one realm's decoder."""

    def __init__(self, realm, utf16):
        self.array_proto = realm.intrinsics['ArrayPrototype']
        self.object_proto = realm.intrinsics['ObjectPrototype']
        self.utf16 = utf16
        self.decoder = _json.JSONDecoder(object_pairs_hook=self.object, parse_float=float,
                                         parse_int=float, parse_constant=_refuse_constant)

    def value(self, v):
        if v is None:
            return NULL
        t = type(v)
        if t is list:
            return self.array(v)
        if t is str and self.utf16:
            return _utf16(v)
        return v

    def array(self, items):
        value = self.value
        return JSArray(self.array_proto, items=[value(v) for v in items])

    def object(self, pairs):
        obj = JSObject(self.object_proto)
        value = self.value
        if self.utf16:
            obj.props = {_utf16(k): value(v) for k, v in pairs}
        else:
            obj.props = {k: value(v) for k, v in pairs}
        return obj


_BUILDERS = weakref.WeakKeyDictionary()   # realm -> (builder, builder with UTF-16 fixing)


def _builder(realm, utf16):
    pair = _BUILDERS.get(realm)
    if pair is None:
        pair = _BUILDERS[realm] = (_Builder(realm, False), _Builder(realm, True))
    return pair[utf16]


def parse_json_text(realm, text):
    """25.5.1 JSON.parse steps 2-9 without the reviver: the value of ``text``, or a
    SyntaxError."""
    builder = _builder(realm, _ESCAPED_HIGH_SURROGATE.search(text) is not None)
    try:
        raw = builder.decoder.decode(text)
        return builder.value(raw)
    except ValueError as exc:
        msg = getattr(exc, 'msg', None) or str(exc)
        pos = getattr(exc, 'pos', None)
        raise JSErrorSignal('SyntaxError', '%s in JSON%s' % (
            msg, '' if pos is None else ' at position %d' % pos))
    except RecursionError:
        pass
    # nesting too deep for the recursive scanner (V8 parses 100 000 levels): again, with
    # an explicit stack
    try:
        return builder.value(_parse_nested(builder, text))
    except ValueError as exc:
        raise JSErrorSignal('SyntaxError', '%s in JSON at position %d' % (exc.msg, exc.pos))


_WHITESPACE = re.compile(r'[ \t\n\r]*')
_NUMBER = re.compile(r'-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?')
_LITERALS = (('null', None), ('true', True), ('false', False))


def _parse_nested(builder, text):
    """The JSON text as the decoder and its hooks would have built it, the arrays and
    objects made bottom-up from a stack of the open ones instead of by recursion. Each
    open one is [is_object, items]: values, or [key, value] pairs."""
    ws = _WHITESPACE.match
    stack = []
    pos = ws(text, 0).end()
    while True:
        # a value starts at pos
        c = text[pos:pos + 1]
        if c == '[' or c == '{':
            pos = ws(text, pos + 1).end()
            if text[pos:pos + 1] == (']' if c == '[' else '}'):
                value = builder.array([]) if c == '[' else builder.object([])
                pos += 1
            else:
                frame = [c == '{', []]
                stack.append(frame)
                if frame[0]:
                    pos = _member_name(text, pos, frame[1], ws)
                continue
        elif c == '"':
            value, pos = _json.decoder.scanstring(text, pos + 1, True)
        else:
            m = _NUMBER.match(text, pos)
            if m is not None:
                value, pos = float(m.group()), m.end()
            else:
                for word, value in _LITERALS:
                    if text.startswith(word, pos):
                        pos += len(word)
                        break
                else:
                    raise _json.JSONDecodeError('Expecting value', text, pos)
        # the value is complete: put it in its container, closing those it completes
        while True:
            pos = ws(text, pos).end()
            if not stack:
                if pos != len(text):
                    raise _json.JSONDecodeError('Extra data', text, pos)
                return value
            is_object, items = stack[-1]
            if is_object:
                items[-1][1] = value
            else:
                items.append(value)
            c = text[pos:pos + 1]
            if c == ',':
                pos = ws(text, pos + 1).end()
                if is_object:
                    pos = _member_name(text, pos, items, ws)
                break
            if c != ('}' if is_object else ']'):
                raise _json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            stack.pop()
            value = (builder.object([tuple(kv) for kv in items]) if is_object
                     else builder.array(items))
            pos += 1


def _member_name(text, pos, pairs, ws):
    """Scans `"name" :` at pos into a new [name, None] of pairs; where its value starts."""
    if text[pos:pos + 1] != '"':
        raise _json.JSONDecodeError('Expecting property name enclosed in double quotes',
                                    text, pos)
    name, pos = _json.decoder.scanstring(text, pos + 1, True)
    pos = ws(text, pos).end()
    if text[pos:pos + 1] != ':':
        raise _json.JSONDecodeError("Expecting ':' delimiter", text, pos)
    pairs.append([name, None])
    return ws(text, pos + 1).end()


# 25.5.1 JSON.parse ( text [ , reviver ] )
@reg.method('JSON', 'parse', 2)
def parse(realm, this, args):
    text = to_string(arg(args, 0))
    value = parse_json_text(realm, text)
    reviver = arg(args, 1)
    if is_callable(reviver):
        root = realm.new_object()
        root.props[''] = value   # CreateDataPropertyOrThrow on a fresh ordinary object
        return internalize(realm, root, '', reviver)
    return value


# 25.5.1.1 InternalizeJSONProperty ( holder, name, reviver )
def internalize(realm, holder, name, reviver):
    val = holder.get(name)
    if isinstance(val, JSObject):
        if is_array(val):
            n = length_of_array_like(val)
            keys = index_keys(n)[:n]
        else:
            # EnumerableOwnProperties ( val, key ), all read before any is revived
            keys = []
            for k in val.own_property_keys():
                if type(k) is str:
                    d = val.get_own_property(k)
                    if d is not None and d.enumerable is True:
                        keys.append(k)
        for k in keys:
            new = internalize(realm, val, k, reviver)
            if new is UNDEFINED:
                val.delete(k)
            else:
                create_data_property(val, k, new)
    return reviver.call(holder, [name, val])


# -- JSON.stringify -----------------------------------------------------------------------

_SURROGATE = re.compile('[\ud800-\udfff]')
_LONE_SURROGATE = re.compile('[\ud800-\udbff](?![\udc00-\udfff])|'
                             '(?<![\ud800-\udbff])[\udc00-\udfff]')


def _escape_lone(match):
    return '\\u%04x' % ord(match.group())


# 25.5.2.3 QuoteJSONString ( value ): the escapes Python's encoder makes are the spec's
# (\b \t \n \f \r \" \\ and \u00xx in lower case for other controls); lone surrogates
# are escaped here (well-formed JSON.stringify)
def quote(s):
    out = _encode_basestring(s)
    if not s.isascii() and _SURROGATE.search(s) is not None:
        out = _LONE_SURROGATE.sub(_escape_lone, out)
    return out


class _State:
    """25.5.2.1 JSON Serialization Record: [[ReplacerFunction]], [[Stack]], [[Indent]],
    [[Gap]], [[PropertyList]], plus the caches of quoted keys."""
    __slots__ = ('realm', 'replacer', 'stack', 'indent', 'gap', 'keys', 'quoted',
                 'colon')


# 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )
@reg.method('JSON', 'stringify', 3)
def stringify(realm, this, args):
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)
    st = _State()
    st.realm = realm
    st.replacer = None
    st.keys = None
    st.stack = set()
    st.indent = ''
    st.quoted = {}
    if isinstance(replacer, JSObject):
        if is_callable(replacer):
            st.replacer = replacer
        elif is_array(replacer):
            keys = []
            seen = set()
            for i in polled(range(length_of_array_like(replacer))):
                v = replacer.get(str(i))
                item = UNDEFINED
                if type(v) is str:
                    item = v
                elif type(v) is float:
                    item = to_string(v)
                elif isinstance(v, PrimitiveWrapper) and (
                        isinstance(v, StringObject) or type(v.primitive) is float):
                    item = to_string(v)
                if item is not UNDEFINED and item not in seen:
                    seen.add(item)
                    keys.append(item)
            st.keys = keys
    if isinstance(space, PrimitiveWrapper):
        if type(space.primitive) is float:
            space = to_number(space)
        elif isinstance(space, StringObject):
            space = to_string(space)
    if type(space) is float:
        n = min(10, to_integer_or_infinity(space))
        st.gap = ' ' * int(n) if n >= 1 else ''
    elif type(space) is str:
        st.gap = space[:10]
    else:
        st.gap = ''
    st.colon = ': ' if st.gap else ':'
    wrapper = realm.new_object()
    wrapper.props[''] = value
    result = serialize_property(st, '', wrapper, value)
    return UNDEFINED if result is None else result


_ORDINARY = (JSObject, JSArray, ImmutablePrototypeObject)


def _to_json_method(value):
    """Get(value, 'toJSON'), with the lookup skipped for a plain object or array whose
    ordinary prototype chain has no 'toJSON' (nothing to call, nothing to observe)."""
    o = value
    while type(o) in _ORDINARY:
        if 'toJSON' in o.props:
            break
        o = o.proto
        if o is NULL:
            return UNDEFINED
    return value.get('toJSON')


# 25.5.2.2 SerializeJSONProperty ( state, key, holder ): ``value`` is Get(holder, key),
# read by the caller; a str, or None for undefined
def serialize_property(st, key, holder, value):
    if isinstance(value, JSObject):
        to_json = _to_json_method(value)
        if to_json is not UNDEFINED and is_callable(to_json):
            value = to_json.call(value, [key])
    elif type(value) is JSBigInt:
        # 7.3.2 GetV: the prototype is asked with the BigInt itself as the receiver
        to_json = st.realm.intrinsics['BigIntPrototype'].get('toJSON', value)
        if is_callable(to_json):
            value = to_json.call(value, [key])
    if st.replacer is not None:
        value = st.replacer.call(holder, [key, value])
    t = type(value)
    if t is str:
        return quote(value)
    if t is float:
        if value != value or value in (_INF, _NEG_INF):
            return 'null'
        if value.is_integer() and -1e15 < value < 1e15:
            return '%d' % value
        return number_to_string(value)
    if value is NULL:
        return 'null'
    if t is bool:
        return 'true' if value else 'false'
    if t is JSBigInt:
        raise type_error('Do not know how to serialize a BigInt')
    if not isinstance(value, JSObject):
        return None   # undefined, symbols
    if isinstance(value, PrimitiveWrapper):
        p = value.primitive
        if isinstance(value, StringObject):
            return quote(to_string(value))
        if type(p) is float:
            return serialize_property_number(to_number(value))
        if type(p) is bool:
            return 'true' if p else 'false'
        if type(p) is JSBigInt:
            raise type_error('Do not know how to serialize a BigInt')
    if is_callable(value):
        return None
    if is_array(value):
        return serialize_array(st, value)
    return serialize_object(st, value)


_INF = float('inf')
_NEG_INF = float('-inf')


def serialize_property_number(value):
    if value != value or value in (_INF, _NEG_INF):
        return 'null'
    return number_to_string(value)


def _enter(st, value):
    if id(value) in st.stack:
        raise type_error('Converting circular structure to JSON')
    st.stack.add(id(value))


def _quoted_key(st, k):
    q = st.quoted.get(k)
    if q is None:
        q = st.quoted[k] = quote(k) + st.colon
    return q


# 25.5.2.5 SerializeJSONObject ( state, value )
def serialize_object(st, value):
    _enter(st, value)
    stepback = st.indent
    st.indent = stepback + st.gap
    ordinary = type(value) is JSObject
    props = value.props
    if st.keys is not None:
        keys = st.keys
    elif ordinary:
        # EnumerableOwnProperties ( value, key ) from the storage itself
        keys = [k for k in ordered_keys(props) if type(k) is str and (
            type(props[k]) is not Prop or props[k].flags & ENUMERABLE)]
    else:
        keys = []
        for k in value.own_property_keys():
            if type(k) is str:
                d = value.get_own_property(k)
                if d is not None and d.enumerable is True:
                    keys.append(k)
    partial = []
    for k in keys:
        if ordinary:
            stored = props.get(k, MISSING)
            v = stored if stored is not MISSING and type(stored) is not Prop else \
                value.get(k)
        else:
            v = value.get(k)
        s = serialize_property(st, k, value, v)
        if s is not None:
            partial.append(_quoted_key(st, k) + s)
    st.stack.discard(id(value))
    st.indent = stepback
    if not partial:
        return '{}'
    if not st.gap:
        return '{' + ','.join(partial) + '}'
    inner = stepback + st.gap
    return '{\n' + inner + (',\n' + inner).join(partial) + '\n' + stepback + '}'


# 25.5.2.6 SerializeJSONArray ( state, value )
def serialize_array(st, value):
    _enter(st, value)
    stepback = st.indent
    st.indent = stepback + st.gap
    ordinary = type(value) is JSArray
    n = value.length if ordinary else length_of_array_like(value)
    keys = index_keys(n)
    props = value.props
    partial = []
    for i in polled(range(n)):
        k = keys[i]
        dense = value.dense if ordinary else None   # (a toJSON may change the array)
        if dense is not None and i < len(dense):
            v = dense[i]
        elif ordinary:
            stored = props.get(k, MISSING)
            v = stored if stored is not MISSING and type(stored) is not Prop else \
                value.get(k)
        else:
            v = value.get(k)
        s = serialize_property(st, k, value, v)
        partial.append('null' if s is None else s)
    st.stack.discard(id(value))
    st.indent = stepback
    if not partial:
        return '[]'
    if not st.gap:
        return '[' + ','.join(partial) + ']'
    inner = stepback + st.gap
    return '[\n' + inner + (',\n' + inner).join(partial) + '\n' + stepback + ']'


@reg.setup
def setup(realm):
    # 25.5.3 JSON [ @@toStringTag ]
    realm.intrinsics['JSON'].define(SYM_TO_STRING_TAG, 'JSON', CONFIGURABLE)
    realm.intrinsics['JSON_parse'] = realm.intrinsics['JSON'].get('parse')


__all__ = ['parse_json_text', 'quote', 'internalize', 'index_keys']
