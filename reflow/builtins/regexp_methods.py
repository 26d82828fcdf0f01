"""22.2.6 the Symbol methods of RegExp.prototype (@@match, @@matchAll, @@replace,
@@search, @@split) and 22.2.9 RegExp String Iterator Objects."""
from reflow.interp.vm.operations import species_constructor
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable, is_constructor
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import (to_boolean, to_integer_or_infinity, to_string,
                                         to_uint32)
from reflow.interp.vm.values import NULL, SYM_SPECIES, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.operations import length_of_array_like
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.function import arg
from .regexp import _set_last_index, _to_length, regexp_exec
from .registry import Registry
from .string import code_point_at
from .string_methods import get_substitution

reg = Registry()


def _object(this, name):
    if not isinstance(this, JSObject):
        raise type_error('RegExp.prototype[Symbol.%s] called on non-object' % name)
    return this


# 22.2.7.3 AdvanceStringIndex ( S, index, unicode )
def advance_string_index(s, index, unicode):
    if not unicode or index + 1 >= len(s):
        return index + 1
    return index + code_point_at(s, index)[1]


def _full_unicode(flags):
    return 'u' in flags or 'v' in flags


# 22.2.6.8 RegExp.prototype [ @@match ] ( string )
@reg.method('RegExpPrototype', '@@match', 1)
def match(realm, this, args):
    rx = _object(this, 'match')
    s = to_string(arg(args, 0))
    flags = to_string(rx.get('flags'))
    if 'g' not in flags:
        return regexp_exec(realm, rx, s)
    full_unicode = _full_unicode(flags)
    _set_last_index(rx, 0.0)
    found = []
    while True:
        result = regexp_exec(realm, rx, s)
        if result is NULL:
            return NULL if not found else realm.new_array(found)
        match_str = to_string(result.get('0'))
        found.append(match_str)
        if match_str == '':
            this_index = _to_length(rx.get('lastIndex'))
            _set_last_index(rx, float(advance_string_index(s, int(this_index),
                                                           full_unicode)))


# 22.2.6.9 RegExp.prototype [ @@matchAll ] ( string )
@reg.method('RegExpPrototype', '@@matchAll', 1)
def match_all(realm, this, args):
    r = _object(this, 'matchAll')
    s = to_string(arg(args, 0))
    c = species_constructor(realm, r, realm.intrinsics['RegExp'])
    flags = to_string(r.get('flags'))
    matcher = c.construct([r, flags], c)
    last_index = _to_length(r.get('lastIndex'))
    _set_last_index(matcher, float(last_index))
    it = RegExpStringIterator(realm.intrinsics['RegExpStringIteratorPrototype'])
    it.state = (matcher, s, 'g' in flags, _full_unicode(flags))
    return it


class RegExpStringIterator(JSObject):
    __slots__ = ('state',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'RegExp String Iterator')
        self.state = None


# 22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( )
@reg.method('RegExpStringIteratorPrototype', 'next', 0)
def string_iterator_next(realm, this, args):
    if not isinstance(this, RegExpStringIterator):
        raise type_error('next called on incompatible receiver')
    if this.state is None:
        return create_iter_result(realm, UNDEFINED, True)
    r, s, global_, full_unicode = this.state
    result = regexp_exec(realm, r, s)
    if result is NULL:
        this.state = None
        return create_iter_result(realm, UNDEFINED, True)
    if not global_:
        this.state = None
        return create_iter_result(realm, result, False)
    if to_string(result.get('0')) == '':
        this_index = _to_length(r.get('lastIndex'))
        _set_last_index(r, float(advance_string_index(s, int(this_index), full_unicode)))
    return create_iter_result(realm, result, False)


# 22.2.6.11 RegExp.prototype [ @@replace ] ( string, replaceValue )
@reg.method('RegExpPrototype', '@@replace', 2)
def replace(realm, this, args):
    rx = _object(this, 'replace')
    s = to_string(arg(args, 0))
    length = len(s)
    replace_value = arg(args, 1)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    flags = to_string(rx.get('flags'))
    global_ = 'g' in flags
    full_unicode = False
    if global_:
        full_unicode = _full_unicode(flags)
        _set_last_index(rx, 0.0)
    results = []
    while True:
        result = regexp_exec(realm, rx, s)
        if result is NULL:
            break
        results.append(result)
        if not global_:
            break
        match_str = to_string(result.get('0'))
        if match_str == '':
            this_index = _to_length(rx.get('lastIndex'))
            _set_last_index(rx, float(advance_string_index(s, int(this_index),
                                                           full_unicode)))
    accumulated = []
    next_source = 0
    for result in results:
        n_captures = max(length_of_array_like(result) - 1, 0)
        matched = to_string(result.get('0'))
        position = int(max(min(to_integer_or_infinity(result.get('index')), length), 0))
        captures = []
        for n in range(1, n_captures + 1):
            cap = result.get(str(n))
            if cap is not UNDEFINED:
                cap = to_string(cap)
            captures.append(cap)
        named = result.get('groups')
        if functional:
            call_args = [matched] + captures + [float(position), s]
            if named is not UNDEFINED:
                call_args.append(named)
            replacement = to_string(replace_value.call(UNDEFINED, call_args))
        else:
            if named is not UNDEFINED:
                named = realm.to_object(named)
            replacement = get_substitution(matched, s, position, captures, named,
                                           replace_value)
        if position >= next_source:
            accumulated.append(s[next_source:position])
            accumulated.append(replacement)
            next_source = position + len(matched)
    if next_source >= length:
        return ''.join(accumulated)
    return ''.join(accumulated) + s[next_source:]


# 22.2.6.12 RegExp.prototype [ @@search ] ( string )
@reg.method('RegExpPrototype', '@@search', 1)
def search(realm, this, args):
    from reflow.interp.vm.objects import same_value
    rx = _object(this, 'search')
    s = to_string(arg(args, 0))
    previous = rx.get('lastIndex')
    if not same_value(previous, 0.0):
        _set_last_index(rx, 0.0)
    result = regexp_exec(realm, rx, s)
    current = rx.get('lastIndex')
    if not same_value(current, previous):
        _set_last_index(rx, previous)
    if result is NULL:
        return -1.0
    return result.get('index')


# 22.2.6.14 RegExp.prototype [ @@split ] ( string, limit )
@reg.method('RegExpPrototype', '@@split', 2)
def split(realm, this, args):
    rx = _object(this, 'split')
    s = to_string(arg(args, 0))
    c = species_constructor(realm, rx, realm.intrinsics['RegExp'])
    flags = to_string(rx.get('flags'))
    full_unicode = _full_unicode(flags)
    new_flags = flags if 'y' in flags else flags + 'y'
    splitter = c.construct([rx, new_flags], c)
    out = []
    limit = arg(args, 1)
    lim = 0xFFFFFFFF if limit is UNDEFINED else to_uint32(limit)
    if lim == 0:
        return realm.new_array([])
    size = len(s)
    if size == 0:
        z = regexp_exec(realm, splitter, s)
        return realm.new_array([] if z is not NULL else [s])
    p = 0
    q = p
    while q < size:
        _set_last_index(splitter, float(q))
        z = regexp_exec(realm, splitter, s)
        if z is NULL:
            q = advance_string_index(s, q, full_unicode)
            continue
        e = int(min(_to_length(splitter.get('lastIndex')), size))
        if e == p:
            q = advance_string_index(s, q, full_unicode)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return realm.new_array(out)
        p = e
        n_captures = max(length_of_array_like(z) - 1, 0)
        for i in range(1, n_captures + 1):
            out.append(z.get(str(i)))
            if len(out) == lim:
                return realm.new_array(out)
        q = p
    out.append(s[p:size])
    return realm.new_array(out)


@reg.setup
def setup(realm):
    realm.intrinsics['RegExpStringIteratorPrototype'].define(
        SYM_TO_STRING_TAG, 'RegExp String Iterator', CONFIGURABLE)


__all__ = ['advance_string_index', 'species_constructor', 'to_boolean']
