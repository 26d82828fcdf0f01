"""22.2 RegExp (Regular Expression) Objects: the constructor, RegExpBuiltinExec and the
flag accessors. The Symbol methods (@@match, @@replace, ...) are in regexp_methods.py;
matching itself is regexp_compile.py."""
import math

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import (CONFIGURABLE, Descriptor, JSObject, WRITABLE,
                                      same_value)
from reflow.interp.vm.operations import to_integer_or_infinity, to_string
from reflow.interp.vm.values import NULL, SYM_SPECIES, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


class RegExpObject(JSObject):
    """[[RegExpMatcher]], [[OriginalSource]], [[OriginalFlags]]."""
    __slots__ = ('matcher', 'source', 'flags')

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'RegExp')
        self.matcher = None
        self.source = None
        self.flags = None


_CACHE = {}


def compile_pattern(source, flags):
    from reflow.parser.errors import RegExpSyntaxError
    from .regexp_compile import CompiledRegExp
    key = (source, flags)
    m = _CACHE.get(key)
    if m is None:
        try:
            m = CompiledRegExp(source, flags)
        except RegExpSyntaxError as exc:
            raise JSErrorSignal('SyntaxError', exc.message)
        except ValueError as exc:
            raise JSErrorSignal('SyntaxError', 'Invalid regular expression: /%s/%s: %s' % (
                source, flags, exc))
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = m
    return m


# 22.2.3.1 RegExpAlloc ( newTarget )
def regexp_alloc(realm, new_target):
    from reflow.interp.vm.proxy import get_prototype_from_constructor
    proto = get_prototype_from_constructor(realm, new_target, 'RegExpPrototype')
    obj = RegExpObject(proto)
    JSObject.define_own_property(obj, 'lastIndex', Descriptor(
        value=UNDEFINED, writable=True, enumerable=False, configurable=False))
    return obj


# 22.2.3.2 RegExpInitialize ( obj, pattern, flags )
def regexp_initialize(realm, obj, pattern, flags):
    p = '' if pattern is UNDEFINED else to_string(pattern)
    f = '' if flags is UNDEFINED else to_string(flags)
    obj.matcher = compile_pattern(p, f)
    obj.source = p
    obj.flags = f
    if not obj.set('lastIndex', 0.0, obj):
        raise type_error("Cannot assign to read only property 'lastIndex'")
    return obj


def is_regexp(value):
    from .string_methods import is_regexp as _is
    return _is(value)


# 22.2.4.1 RegExp ( pattern, flags )
@reg.constructor('RegExp', 2, 'RegExpPrototype')
def regexp_ctor(realm, this, args, new_target):
    pattern, flags = arg(args, 0), arg(args, 1)
    pattern_is_regexp = is_regexp(pattern)
    if new_target is None:
        new_target = realm.intrinsics['RegExp']
        if pattern_is_regexp and flags is UNDEFINED:
            if same_value(new_target, pattern.get('constructor')):
                return pattern
    if isinstance(pattern, RegExpObject):
        p = pattern.source
        f = pattern.flags if flags is UNDEFINED else flags
    elif pattern_is_regexp:
        p = pattern.get('source')
        f = pattern.get('flags') if flags is UNDEFINED else flags
    else:
        p, f = pattern, flags
    obj = regexp_alloc(realm, new_target)
    return regexp_initialize(realm, obj, p, f)


# 22.2.5.2 get RegExp [ @@species ]
@reg.getter('RegExp', '@@species')
def species(realm, this, args):
    return this


def _to_length(value):
    n = to_integer_or_infinity(value)
    return 0 if n <= 0 else min(n, 2 ** 53 - 1)


# 22.2.7.2 RegExpBuiltinExec ( R, S )
def regexp_builtin_exec(realm, r, s):
    last_index = _to_length(r.get('lastIndex'))
    flags = r.flags
    global_ = 'g' in flags
    sticky = 'y' in flags
    has_indices = 'd' in flags
    if not global_ and not sticky:
        last_index = 0
    matcher = r.matcher
    if last_index > len(s):
        if global_ or sticky:
            _set_last_index(r, 0.0)
        return NULL
    last_index = int(last_index)
    if ('u' in flags or 'v' in flags) and 0 < last_index < len(s) and \
            '\udc00' <= s[last_index] <= '\udfff' and '\ud800' <= s[last_index - 1] <= '\udbff':
        # fullUnicode: matching starts at the code point that contains element lastIndex
        last_index -= 1
    spans = matcher.match(s, last_index, sticky)
    if spans is None:
        if global_ or sticky:
            _set_last_index(r, 0.0)
        return NULL
    start, end = spans[0]
    if global_ or sticky:
        _set_last_index(r, float(end))
    values = [UNDEFINED if sp is None else s[sp[0]:sp[1]] for sp in spans]
    a = realm.new_array(values)
    from reflow.interp.vm.objects import DEFAULT_FLAGS as D
    a.define('index', float(start), D)
    a.define('input', s, D)
    if matcher.names:
        groups = JSObject(NULL)
        for name, indices in matcher.names.items():
            value = UNDEFINED
            for i in indices:
                if spans[i] is not None:
                    value = values[i]
            groups.define(name, value, D)
    else:
        groups = UNDEFINED
    a.define('groups', groups, D)
    if has_indices:
        pairs = [UNDEFINED if sp is None else realm.new_array([float(sp[0]), float(sp[1])])
                 for sp in spans]
        indices = realm.new_array(pairs)
        if matcher.names:
            gi = JSObject(NULL)
            for name, idx in matcher.names.items():
                value = UNDEFINED
                for i in idx:
                    if spans[i] is not None:
                        value = pairs[i]
                gi.define(name, value, D)
        else:
            gi = UNDEFINED
        indices.define('groups', gi, D)
        a.define('indices', indices, D)
    return a


def _set_last_index(r, value):
    if not r.set('lastIndex', value, r):
        raise type_error("Cannot assign to read only property 'lastIndex' of object")


# 22.2.7.1 RegExpExec ( R, S )
def regexp_exec(realm, r, s):
    exec_ = r.get('exec')
    if is_callable(exec_):
        result = exec_.call(r, [s])
        if not isinstance(result, JSObject) and result is not NULL:
            raise type_error('exec result must be an object or null')
        return result
    if not isinstance(r, RegExpObject):
        raise type_error('RegExp exec method called on an incompatible receiver')
    return regexp_builtin_exec(realm, r, s)


def _this_regexp(this, name):
    if not isinstance(this, RegExpObject) or this.matcher is None:
        raise type_error('RegExp.prototype.%s requires that \'this\' be a RegExp object'
                         % name)
    return this


# 22.2.6.2 RegExp.prototype.exec ( string )
@reg.method('RegExpPrototype', 'exec', 1)
def exec_(realm, this, args):
    r = _this_regexp(this, 'exec')
    return regexp_builtin_exec(realm, r, to_string(arg(args, 0)))


# 22.2.6.16 RegExp.prototype.test ( S )
@reg.method('RegExpPrototype', 'test', 1)
def test(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('RegExp.prototype.test called on incompatible receiver')
    return regexp_exec(realm, this, to_string(arg(args, 0))) is not NULL


# 22.2.6.17 RegExp.prototype.toString ( )
@reg.method('RegExpPrototype', 'toString', 0)
def to_string_(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('RegExp.prototype.toString called on incompatible receiver')
    return '/%s/%s' % (to_string(this.get('source')), to_string(this.get('flags')))


# B.2.4.1 RegExp.prototype.compile ( pattern, flags )
@reg.method('RegExpPrototype', 'compile', 2)
def compile_(realm, this, args):
    o = _this_regexp(this, 'compile')
    pattern, flags = arg(args, 0), arg(args, 1)
    if isinstance(pattern, RegExpObject):
        if flags is not UNDEFINED:
            raise type_error('Cannot supply flags when constructing one RegExp from another')
        p, f = pattern.source, pattern.flags
    else:
        p, f = pattern, flags
    return regexp_initialize(realm, o, p, f)


# 22.2.6.4 get RegExp.prototype.flags
@reg.getter('RegExpPrototype', 'flags')
def flags(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('RegExp.prototype.flags getter called on non-object')
    from reflow.interp.vm.operations import to_boolean
    out = []
    for ch, name in (('d', 'hasIndices'), ('g', 'global'), ('i', 'ignoreCase'),
                     ('m', 'multiline'), ('s', 'dotAll'), ('u', 'unicode'),
                     ('v', 'unicodeSets'), ('y', 'sticky')):
        if to_boolean(this.get(name)):
            out.append(ch)
    return ''.join(out)


# 22.2.6.4.1 RegExpHasFlag ( R, codeUnit )
def _flag_getter(name, ch):
    def getter(realm, this, args):
        if not isinstance(this, JSObject):
            raise type_error('RegExp.prototype.%s getter called on non-object' % name)
        if not isinstance(this, RegExpObject) or this.matcher is None:
            if this is realm.intrinsics['RegExpPrototype']:
                return UNDEFINED
            raise type_error('RegExp.prototype.%s getter called on non-RegExp' % name)
        return ch in this.flags
    reg.getter('RegExpPrototype', name)(getter)


for _name, _ch in (('dotAll', 's'), ('global', 'g'), ('hasIndices', 'd'),
                   ('ignoreCase', 'i'), ('multiline', 'm'), ('sticky', 'y'),
                   ('unicode', 'u'), ('unicodeSets', 'v')):
    _flag_getter(_name, _ch)


# 22.2.6.13 get RegExp.prototype.source / 22.2.6.13.1 EscapeRegExpPattern
@reg.getter('RegExpPrototype', 'source')
def source(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('RegExp.prototype.source getter called on non-object')
    if not isinstance(this, RegExpObject) or this.matcher is None:
        if this is realm.intrinsics['RegExpPrototype']:
            return '(?:)'
        raise type_error('RegExp.prototype.source getter called on non-RegExp')
    return escape_pattern(this.source)


def escape_pattern(src):
    if not src:
        return '(?:)'
    out = []
    in_class = False
    i = 0
    while i < len(src):
        c = src[i]
        if c == '\\' and i + 1 < len(src):
            out.append(src[i:i + 2])
            i += 2
            continue
        if c == '[':
            in_class = True
        elif c == ']':
            in_class = False
        if c == '/' and not in_class:
            out.append('\\/')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\u2028':
            out.append('\\u2028')
        elif c == '\u2029':
            out.append('\\u2029')
        else:
            out.append(c)
        i += 1
    return ''.join(out)


@reg.setup
def setup(realm):
    realm.intrinsics['RegExp_exec'] = realm.intrinsics['RegExpPrototype'].get('exec')
    ctor = realm.intrinsics['RegExp']

    # 22.2.3.1 RegExpCreate ( P, F ): for the VM's regular expression literals
    def regexp_create(pattern, flags):
        return regexp_initialize(realm, regexp_alloc(realm, ctor), pattern, flags)
    realm.regexp_create = regexp_create


__all__ = ['RegExpObject', 'regexp_exec', 'regexp_builtin_exec', 'math']
