"""Typed conversion, JS -> Python: ``to_python(realm, value, bridge, into=T)`` (the
analogue of the Rust runtime's ``convert_value_to_rust::<T>``).

Targets: ``Any``/``object`` (the untyped table), ``JSValue`` (a handle to any value),
``None``, ``bool``, ``int`` (an integral number or a BigInt; 1.5 is an error), ``float``
(any number), ``str``, ``bytes`` (ArrayBuffer, Uint8Array, DataView), ``datetime`` (a
valid Date), ``list[T]`` and ``tuple[...]`` (arrays), ``dict[K, V]`` (a Map, or any other
object's own enumerable string keys, as serde_v8 reads a struct), ``set[T]`` /
``frozenset[T]`` (a Set), ``Callable`` (a function; its signature is not checked),
``Optional``/``Union`` (the first member that fits; null and undefined are None),
``Literal``, dataclasses and TypedDicts (properties by name, read with [[Get]] from
any object; extra properties are ignored; a missing one takes the field's default, or
is an error), nested freely. A value that does not fit is a
ConversionError (a TypeError) naming its path: `$.items[3].name: expected int, got
string "x"`. (``into=None`` asks for the untyped table: the target None is spelled
``type(None)``.)
"""
import collections.abc
import dataclasses
import datetime
import types
import typing

from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSArray, JSObject
from reflow.interp.vm.values import JSBigInt, NULL, UNDEFINED
from reflow.parser.chars import to_code_units
from reflow.builtins.date import DateObject
from reflow.builtins.keyed_table import EMPTY
from reflow.builtins.map import MapObject
from reflow.builtins.set import SetObject
from .convert import (INDEX, MAP_VALUE, MAX_NESTING, PROP, SET_ITEM, ConversionError, child,
                      date_to_python, describe_value, format_path, python_string)
from .handles import JSValue

_NONE = type(None)
_LISTS = (list, collections.abc.Sequence, collections.abc.MutableSequence,
          collections.abc.Iterable)
_DICTS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)
_SETS = (set, frozenset, collections.abc.Set, collections.abc.MutableSet)


def type_name(t):
    if t is _NONE or t is None:
        return 'None'
    origin = typing.get_origin(t)
    if origin is typing.Union or origin is types.UnionType:
        return ' | '.join(type_name(a) for a in typing.get_args(t))
    if origin is typing.Literal:
        return 'one of ' + ', '.join(repr(a) for a in typing.get_args(t))
    if origin is not None:
        args = typing.get_args(t)
        base = getattr(origin, '__name__', repr(origin))
        if not args:
            return base
        return '%s[%s]' % (base, ', '.join('...' if a is Ellipsis else type_name(a)
                                           for a in args))
    if isinstance(t, type):
        return t.__name__
    return repr(t).replace('typing.', '')


def _mismatch(path, into, value, note=''):
    return ConversionError(path, 'expected %s, got %s%s' % (type_name(into),
                                                           describe_value(value), note))


def convert_typed(conv, value, path, into):
    if conv.depth >= MAX_NESTING:
        raise ConversionError(path, 'nested deeper than %d levels' % MAX_NESTING)
    conv.depth += 1
    try:
        return _convert(conv, value, path, into)
    finally:
        conv.depth -= 1


def _convert(conv, value, path, into):
    if into is typing.Any or into is object:
        return conv.convert(value, path)
    if into is JSValue:
        return conv.bridge.handle(conv.realm, value)
    origin = typing.get_origin(into)
    if origin is typing.Annotated:
        return convert_typed(conv, value, path, typing.get_args(into)[0])
    if origin is typing.Union or origin is types.UnionType:
        return _union(conv, value, path, into)
    if origin is typing.Literal:
        return _literal(conv, value, path, into)
    if into is None or into is _NONE:
        if value is NULL or value is UNDEFINED:
            return None
        raise _mismatch(path, into, value)
    t = type(value)
    if into is bool:
        if t is bool:
            return value
        raise _mismatch(path, into, value)
    if into is int:
        if t is float and value == value and value % 1 == 0:
            return int(value)
        if t is JSBigInt:
            return value.value
        raise _mismatch(path, into, value)
    if into is float:
        if t is float:
            return value
        raise _mismatch(path, into, value)
    if into is str:
        if t is str:
            return python_string(value)
        raise _mismatch(path, into, value)
    if into is bytes:
        out = conv.convert(value, path) if isinstance(value, JSObject) else None
        if type(out) is bytes:
            return out
        raise _mismatch(path, into, value)
    if into is datetime.datetime:
        if isinstance(value, DateObject):
            out = date_to_python(value.date_value)
            if out is not None:
                return out
            raise _mismatch(path, into, value, ' (an invalid Date, or outside the years '
                                               '1-9999)')
        raise _mismatch(path, into, value)
    args = typing.get_args(into)
    base = origin or into
    if base is collections.abc.Callable:   # the arguments are not checked: JS has none
        if is_callable(value):
            return conv.convert(value, path)
        raise _mismatch(path, into, value)
    if base in _LISTS:
        return _list(conv, value, path, into, args[0] if args else typing.Any)
    if base is tuple:
        return _tuple(conv, value, path, into, args)
    if base in _DICTS:
        key_type, value_type = args if args else (typing.Any, typing.Any)
        return _dict(conv, value, path, into, key_type, value_type)
    if base in _SETS:
        if type(value) is not SetObject:
            raise _mismatch(path, into, value)
        item_type = args[0] if args else typing.Any
        out = [convert_typed(conv, k, child(path, SET_ITEM, None), item_type)
               for k in value.set_data.live_keys()]
        return frozenset(out) if base is frozenset else set(out)
    if isinstance(into, type) and dataclasses.is_dataclass(into):
        return _dataclass(conv, value, path, into)
    if typing.is_typeddict(into):
        return _typeddict(conv, value, path, into)
    raise ConversionError(path, 'cannot convert to %s: not a supported target type'
                          % type_name(into))


def _union(conv, value, path, into):
    members = typing.get_args(into)
    if (value is NULL or value is UNDEFINED) and _NONE in members:
        return None
    here = format_path(path)
    failures = []   # the members that failed deeper down say where
    for member in members:
        try:
            return convert_typed(conv, value, path, member)
        except ConversionError as exc:
            if exc.path != here:
                failures.append(str(exc))
    note = ' (%s)' % '; '.join(failures) if failures else ''
    raise _mismatch(path, into, value, note)


def _literal(conv, value, path, into):
    got = conv.convert(value, path)
    for allowed in typing.get_args(into):
        # 1 == True in Python: a literal matches a value of its own type only
        if type(allowed) is type(got) and allowed == got:
            return got
    raise _mismatch(path, into, value)


def _is_record(value):
    """A JS object a record (dataclass, TypedDict, dict) can be read from."""
    return isinstance(value, JSObject) and type(value) is not JSArray and \
        not is_callable(value)


def _list(conv, value, path, into, item_type):
    if type(value) is not JSArray:
        raise _mismatch(path, into, value)
    items = conv.convert(value, path) if item_type is typing.Any else None
    if items is not None:
        return items
    return [convert_typed(conv, value.get(str(i)), child(path, INDEX, i), item_type)
            for i in range(value.length)]


def _tuple(conv, value, path, into, args):
    if type(value) is not JSArray:
        raise _mismatch(path, into, value)
    n = value.length
    if len(args) == 2 and args[1] is Ellipsis:
        types_ = [args[0]] * n
    elif not args:
        types_ = [typing.Any] * n
    else:
        types_ = list(args)
        if n != len(types_):
            raise _mismatch(path, into, value, ' of length %d' % n)
    return tuple(convert_typed(conv, value.get(str(i)), child(path, INDEX, i), t)
                 for i, t in enumerate(types_))


def _dict(conv, value, path, into, key_type, value_type):
    out = {}
    if type(value) is MapObject:
        table = value.map_data
        entries = [(k, table.values[i]) for i, k in enumerate(table.keys)
                   if k is not EMPTY]
        for k, v in entries:
            at = child(path, MAP_VALUE, k)
            key = convert_typed(conv, k, at, key_type)
            try:
                hash(key)
            except TypeError:
                raise ConversionError(at, 'a Map key is not hashable in Python') from None
            out[key] = convert_typed(conv, v, at, value_type)
        return out
    if not _is_record(value):
        raise _mismatch(path, into, value)
    for k, v in conv.own_enumerable(value):
        at = child(path, PROP, k)
        out[convert_typed(conv, k, at, key_type)] = convert_typed(conv, v, at, value_type)
    return out


def _field_value(conv, obj, path, name, hint, required):
    """The converted property ``name`` of obj; MISSING_FIELD when it is undefined and
    the target has a default."""
    value = obj.get(to_code_units(name))
    at = child(path, PROP, name)
    if value is UNDEFINED:
        if not required:
            return MISSING_FIELD
        try:
            return convert_typed(conv, value, at, hint)
        except ConversionError:
            raise ConversionError(at, 'required field missing') from None
    return convert_typed(conv, value, at, hint)


MISSING_FIELD = object()


def _dataclass(conv, value, path, cls):
    if not _is_record(value):
        raise _mismatch(path, cls, value)
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        required = field.default is dataclasses.MISSING and \
            field.default_factory is dataclasses.MISSING
        got = _field_value(conv, value, path, field.name,
                           hints.get(field.name, typing.Any), required)
        if got is not MISSING_FIELD:
            kwargs[field.name] = got
    return cls(**kwargs)


def _typeddict(conv, value, path, cls):
    if not _is_record(value):
        raise _mismatch(path, cls, value)
    hints = typing.get_type_hints(cls)
    required = cls.__required_keys__
    out = {}
    for name, hint in hints.items():
        got = _field_value(conv, value, path, name, hint, name in required)
        if got is not MISSING_FIELD:
            out[name] = got
    return out
