"""25.5 The JSON Object. JSON.parse scans with Python's json module (its grammar is
ECMA-404's once NaN/Infinity are refused) and builds the objects in one pass;
JSON.stringify follows SerializeJSONProperty and joins lists, so both are linear."""
import json as _json
import math

from reflow.interp.errors import JSErrorSignal, type_error
from reflow.interp.function import is_callable
from reflow.interp.objects import (CONFIGURABLE, JSArray, JSObject, MISSING, Prop,
                                   create_data_property)
from reflow.interp.operations import (number_to_string, to_integer_or_infinity,
                                      to_number, to_string)
from reflow.interp.proxy import is_array   # 7.2.2 IsArray
from reflow.interp.realm import PrimitiveWrapper, StringObject
from reflow.interp.values import JSBigInt, NULL, SYM_TO_STRING_TAG, UNDEFINED
from .function import length_of_array_like
from .object import arg
from .registry import Registry

reg = Registry()
reg.namespace('JSON')


class _Pairs(list):
    """A parsed JSON object's members, in order, before conversion."""


def _refuse_constant(name):
    raise ValueError('Unexpected token %s' % name[0])


_DECODER = _json.JSONDecoder(object_pairs_hook=_Pairs, parse_float=float,
                             parse_int=float, parse_constant=_refuse_constant)


def _build(realm, value):
    """Python json values -> JS values (objects made with CreateDataProperty)."""
    t = type(value)
    if t is _Pairs:
        obj = JSObject(realm.intrinsics['ObjectPrototype'])
        props = obj.props
        for k, v in value:
            props[k] = _build(realm, v)   # plain data properties; a later duplicate wins
        return obj
    if t is list:
        return realm.new_array([_build(realm, v) for v in value])
    if value is None:
        return NULL
    return value


# 25.5.1 JSON.parse ( text [ , reviver ] )
@reg.method('JSON', 'parse', 2)
def parse(realm, this, args):
    text = to_string(arg(args, 0))
    try:
        raw = _DECODER.decode(text)
    except ValueError as exc:
        msg = getattr(exc, 'msg', None) or str(exc)
        pos = getattr(exc, 'pos', None)
        raise JSErrorSignal('SyntaxError', '%s in JSON%s' % (
            msg, '' if pos is None else ' at position %d' % pos))
    except RecursionError:
        raise JSErrorSignal('RangeError', 'JSON.parse: nesting too deep')
    value = _build(realm, raw)
    reviver = arg(args, 1)
    if is_callable(reviver):
        root = realm.new_object()
        root.props[''] = value
        return internalize(realm, root, '', reviver)
    return value


# 25.5.1.1 InternalizeJSONProperty ( holder, name, reviver )
def internalize(realm, holder, name, reviver):
    val = holder.get(name)
    if isinstance(val, JSObject):
        if is_array(val):
            keys = [str(i) for i in range(length_of_array_like(val))]
        else:
            keys = [k for k in val.own_property_keys() if type(k) is str and
                    (lambda d: d is not None and d.enumerable)(val.get_own_property(k))]
        for k in keys:
            new = internalize(realm, val, k, reviver)
            if new is UNDEFINED:
                val.delete(k)
            else:
                create_data_property(val, k, new)
    return reviver.call(holder, [name, val])


_ESCAPES = {'\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"',
            '\\': '\\\\'}


# 25.5.2.3 QuoteJSONString ( value )
def quote(s):
    try:
        s.encode('utf-8')
    except UnicodeEncodeError:
        return _quote_surrogates(s)
    return _json.dumps(s, ensure_ascii=False)


def _quote_surrogates(s):
    out = ['"']
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        o = ord(c)
        if 0xD800 <= o <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            out.append(c + s[i + 1])
            i += 2
            continue
        if 0xD800 <= o <= 0xDFFF or o < 0x20:
            out.append(_ESCAPES.get(c) or '\\u%04x' % o)
        else:
            out.append(_ESCAPES.get(c, c))
        i += 1
    out.append('"')
    return ''.join(out)


class _State:
    __slots__ = ('realm', 'replacer', 'stack', 'indent', 'gap', 'keys')


# 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )
@reg.method('JSON', 'stringify', 3)
def stringify(realm, this, args):
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)
    st = _State()
    st.realm = realm
    st.replacer = None
    st.keys = None
    st.stack = []
    st.indent = ''
    if isinstance(replacer, JSObject):
        if is_callable(replacer):
            st.replacer = replacer
        elif is_array(replacer):
            keys = []
            for i in range(length_of_array_like(replacer)):
                v = replacer.get(str(i))
                item = UNDEFINED
                if type(v) is str:
                    item = v
                elif type(v) is float:
                    item = to_string(v)
                elif isinstance(v, PrimitiveWrapper) and type(v.primitive) in (str, float):
                    item = to_string(v)
                if item is not UNDEFINED and item not in keys:
                    keys.append(item)
            st.keys = keys
    if isinstance(space, PrimitiveWrapper):
        if type(space.primitive) is float:
            space = to_number(space)
        elif type(space.primitive) is str:
            space = to_string(space)
    if type(space) is float:
        n = min(10, to_integer_or_infinity(space))
        st.gap = ' ' * int(n) if n >= 1 else ''
    elif type(space) is str:
        st.gap = space[:10]
    else:
        st.gap = ''
    wrapper = realm.new_object()
    wrapper.props[''] = value
    result = serialize_property(st, '', wrapper)
    return UNDEFINED if result is None else result


# 25.5.2.2 SerializeJSONProperty ( state, key, holder ): a str, or None for undefined
def serialize_property(st, key, holder):
    value = holder.get(key)
    if isinstance(value, JSObject) or type(value) is JSBigInt:
        to_json = value.get('toJSON') if isinstance(value, JSObject) else \
            st.realm.to_object(value).get('toJSON')
        if is_callable(to_json):
            value = to_json.call(value, [key])
    if st.replacer is not None:
        value = st.replacer.call(holder, [key, value])
    if isinstance(value, PrimitiveWrapper):
        p = value.primitive
        if type(p) is float:
            value = to_number(value)
        elif type(p) is str or isinstance(value, StringObject):
            value = to_string(value)
        elif type(p) is bool or type(p) is JSBigInt:
            value = p
    t = type(value)
    if value is NULL:
        return 'null'
    if t is bool:
        return 'true' if value else 'false'
    if t is str:
        return quote(value)
    if t is float:
        return number_to_string(value) if value == value and value not in (
            math.inf, -math.inf) else 'null'
    if t is JSBigInt:
        raise type_error('Do not know how to serialize a BigInt')
    if isinstance(value, JSObject) and not is_callable(value):
        if is_array(value):
            return serialize_array(st, value)
        return serialize_object(st, value)
    return None


def _enter(st, value):
    for v in st.stack:
        if v is value:
            raise type_error('Converting circular structure to JSON')
    st.stack.append(value)


# 25.5.2.5 SerializeJSONObject ( state, value )
def serialize_object(st, value):
    _enter(st, value)
    stepback = st.indent
    st.indent = stepback + st.gap
    if st.keys is not None:
        keys = st.keys
    elif type(value) is JSObject and all(type(k) is str for k in value.props) and \
            not any(type(v) is Prop for v in value.props.values()):
        from reflow.interp.objects import ordered_keys
        keys = ordered_keys(value.props)
    else:
        keys = []
        for k in value.own_property_keys():
            if type(k) is str:
                d = value.get_own_property(k)
                if d is not None and d.enumerable:
                    keys.append(k)
    colon = ': ' if st.gap else ':'
    partial = []
    for k in keys:
        s = serialize_property(st, k, value)
        if s is not None:
            partial.append(quote(k) + colon + s)
    st.stack.pop()
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
    partial = []
    for i in range(length_of_array_like(value)):
        s = serialize_property(st, str(i), value)
        partial.append('null' if s is None else s)
    st.stack.pop()
    st.indent = stepback
    if not partial:
        return '[]'
    if not st.gap:
        return '[' + ','.join(partial) + ']'
    inner = stepback + st.gap
    return '[\n' + inner + (',\n' + inner).join(partial) + '\n' + stepback + ']'


@reg.setup
def setup(realm):
    realm.intrinsics['JSON'].define(SYM_TO_STRING_TAG, 'JSON', CONFIGURABLE)
    realm.intrinsics['JSON_parse'] = realm.intrinsics['JSON'].get('parse')
