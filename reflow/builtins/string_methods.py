"""22.1.3 Properties of the String Prototype Object (and B.2.2 its Annex B methods)."""
import math

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.limits import check_string_length, join_strings
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import (_WS, to_boolean, to_integer_or_infinity, to_number,
                                         to_string, to_uint32)
from reflow.interp.vm.realm import StringObject
from reflow.interp.vm.values import NULL, UNDEFINED, WELL_KNOWN_SYMBOLS
from reflow.interp.vm.function import arg
from .registry import Registry
from .string import code_point_at

reg = Registry()


def this_string(realm, this, method):
    """RequireObjectCoercible(this value), then ToString."""
    if this is UNDEFINED or this is NULL:
        raise type_error('String.prototype.%s called on null or undefined' % method)
    return this if type(this) is str else to_string(this)


def method(name, length):
    return reg.method('StringPrototype', name, length)


def _get_method(realm, value, sym):
    m = value.get(WELL_KNOWN_SYMBOLS[sym]) if isinstance(value, JSObject) else \
        realm.to_object(value).get(WELL_KNOWN_SYMBOLS[sym])
    if m is UNDEFINED or m is NULL:
        return None
    if not is_callable(m):
        raise type_error('%s is not a function' % realm.describe(m))
    return m


# 7.2.8 IsRegExp ( argument )
def is_regexp(value):
    if not isinstance(value, JSObject):
        return False
    matcher = value.get(WELL_KNOWN_SYMBOLS['match'])
    if matcher is not UNDEFINED:
        return to_boolean(matcher)
    return getattr(value, 'class_name', None) == 'RegExp'


def _relative_index(pos, length):
    n = to_integer_or_infinity(pos)
    if n < 0:
        return max(length + n, 0)
    return min(n, length)


# 22.1.3.1 String.prototype.at ( index )
@method('at', 1)
def at(realm, this, args):
    s = this_string(realm, this, 'at')
    k = to_integer_or_infinity(arg(args, 0))
    if k < 0:
        k += len(s)
    if k < 0 or k >= len(s):
        return UNDEFINED
    return s[int(k)]


# 22.1.3.2 String.prototype.charAt ( pos )
@method('charAt', 1)
def char_at(realm, this, args):
    s = this_string(realm, this, 'charAt')
    p = to_integer_or_infinity(arg(args, 0))
    return s[int(p)] if 0 <= p < len(s) else ''


# 22.1.3.3 String.prototype.charCodeAt ( pos )
@method('charCodeAt', 1)
def char_code_at(realm, this, args):
    s = this_string(realm, this, 'charCodeAt')
    p = to_integer_or_infinity(arg(args, 0))
    return float(ord(s[int(p)])) if 0 <= p < len(s) else math.nan


# 22.1.3.4 String.prototype.codePointAt ( pos )
@method('codePointAt', 1)
def code_point_at_(realm, this, args):
    s = this_string(realm, this, 'codePointAt')
    p = to_integer_or_infinity(arg(args, 0))
    if not 0 <= p < len(s):
        return UNDEFINED
    return float(code_point_at(s, int(p))[0])


# 22.1.3.5 String.prototype.concat ( ...args )
@method('concat', 1)
def concat(realm, this, args):
    s = this_string(realm, this, 'concat')
    return join_strings([s] + [to_string(a) for a in args])


def _search_string(realm, value, name):
    if is_regexp(value):
        raise type_error('First argument to String.prototype.%s must not be a regular '
                         'expression' % name)
    return to_string(value)


# 22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )
@method('endsWith', 1)
def ends_with(realm, this, args):
    s = this_string(realm, this, 'endsWith')
    search = _search_string(realm, arg(args, 0), 'endsWith')
    end_pos = arg(args, 1)
    end = len(s) if end_pos is UNDEFINED else int(max(0, min(
        to_integer_or_infinity(end_pos), len(s))))
    start = end - len(search)
    return start >= 0 and s[start:end] == search


# 22.1.3.8 String.prototype.includes ( searchString [ , position ] )
@method('includes', 1)
def includes(realm, this, args):
    s = this_string(realm, this, 'includes')
    search = _search_string(realm, arg(args, 0), 'includes')
    start = int(max(0, min(to_integer_or_infinity(arg(args, 1)), len(s))))
    return s.find(search, start) >= 0


# 22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )
@method('indexOf', 1)
def index_of(realm, this, args):
    s = this_string(realm, this, 'indexOf')
    search = to_string(arg(args, 0))
    start = int(max(0, min(to_integer_or_infinity(arg(args, 1)), len(s))))
    return float(s.find(search, start))


# 22.1.3.10 String.prototype.isWellFormed ( )
@method('isWellFormed', 0)
def is_well_formed(realm, this, args):
    s = this_string(realm, this, 'isWellFormed')
    return _to_well_formed(s) is s


def _to_well_formed(s):
    out = None
    i, n = 0, len(s)
    while i < n:
        c = ord(s[i])
        if 0xD800 <= c <= 0xDFFF:
            cp, k = code_point_at(s, i)
            if k == 1:
                if out is None:
                    out = list(s)
                out[i] = '\ufffd'
            i += k
        else:
            i += 1
    return s if out is None else ''.join(out)


# 22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )
@method('lastIndexOf', 1)
def last_index_of(realm, this, args):
    s = this_string(realm, this, 'lastIndexOf')
    search = to_string(arg(args, 0))
    n = to_number(arg(args, 1))
    pos = math.inf if n != n else to_integer_or_infinity(n)
    start = int(max(0, min(pos, len(s))))
    return float(s.rfind(search, 0, start + len(search)))


def _combined(s):
    """The code units as a Python string of code points (lone surrogates kept)."""
    return s.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')


def _units(s):
    from reflow.parser.chars import to_code_units
    return to_code_units(s)


# 22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] )
@method('localeCompare', 1)
def locale_compare(realm, this, args):
    import unicodedata2
    s = unicodedata2.normalize('NFC', _combined(this_string(realm, this, 'localeCompare')))
    t = unicodedata2.normalize('NFC', _combined(to_string(arg(args, 0))))
    if s == t:
        return 0.0
    return -1.0 if s < t else 1.0


def _delegate(realm, this, args, sym, name, fallback):
    if this is UNDEFINED or this is NULL:
        raise type_error('String.prototype.%s called on null or undefined' % name)
    value = arg(args, 0)
    if isinstance(value, JSObject):   # ES2025: only objects are asked for their methods
        m = _get_method(realm, value, sym)
        if m is not None:
            return m.call(value, [this] + list(args[1:2]))
    return fallback(to_string(this), value)


def _regexp_invoke(realm, s, pattern, flags, sym):
    rx = realm.regexp_create(UNDEFINED if pattern is UNDEFINED else pattern, flags)
    m = rx.get(WELL_KNOWN_SYMBOLS[sym])
    if not is_callable(m):
        raise type_error('RegExp [Symbol.%s] is not a function' % sym)
    return m.call(rx, [s])


# 22.1.3.13 String.prototype.match ( regexp )
@method('match', 1)
def match(realm, this, args):
    return _delegate(realm, this, args, 'match', 'match',
                     lambda s, v: _regexp_invoke(realm, s, v, UNDEFINED, 'match'))


# 22.1.3.14 String.prototype.matchAll ( regexp )
@method('matchAll', 1)
def match_all(realm, this, args):
    value = arg(args, 0)
    if isinstance(value, JSObject) and is_regexp(value):
        flags = value.get('flags')
        if flags is UNDEFINED or flags is NULL:
            raise type_error('String.prototype.matchAll called with a non-global RegExp')
        if 'g' not in to_string(flags):
            raise type_error('String.prototype.matchAll called with a non-global RegExp')
    return _delegate(realm, this, args, 'matchAll', 'matchAll',
                     lambda s, v: _regexp_invoke(realm, s, v, 'g', 'matchAll'))


# 22.1.3.15 String.prototype.normalize ( [ form ] )
@method('normalize', 0)
def normalize(realm, this, args):
    import unicodedata2
    s = this_string(realm, this, 'normalize')
    f = arg(args, 0)
    form = 'NFC' if f is UNDEFINED else to_string(f)
    if form not in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        raise JSErrorSignal('RangeError', 'The normalization form should be one of NFC, '
                            'NFD, NFKC, NFKD.')
    return _units(unicodedata2.normalize(form, _combined(s)))


# 22.1.3.16-17 String.prototype.padEnd / padStart ( maxLength [ , fillString ] )
def _pad(realm, this, args, name, at_start):
    s = this_string(realm, this, name)
    int_max = to_integer_or_infinity(arg(args, 0))
    if int_max <= len(s):
        return s
    fill = arg(args, 1)
    filler = ' ' if fill is UNDEFINED else to_string(fill)
    if filler == '':
        return s
    check_string_length(int_max)
    n = int(int_max) - len(s)
    pad = (filler * (n // len(filler) + 1))[:n]
    return pad + s if at_start else s + pad


@method('padEnd', 1)
def pad_end(realm, this, args):
    return _pad(realm, this, args, 'padEnd', False)


@method('padStart', 1)
def pad_start(realm, this, args):
    return _pad(realm, this, args, 'padStart', True)


# 22.1.3.18 String.prototype.repeat ( count )
@method('repeat', 1)
def repeat(realm, this, args):
    s = this_string(realm, this, 'repeat')
    n = to_integer_or_infinity(arg(args, 0))
    if n < 0 or n == math.inf:
        raise JSErrorSignal('RangeError', 'Invalid count value: %s' % to_string(arg(args, 0)))
    if s == '' or n == 0:
        return ''
    check_string_length(len(s) * n)
    return s * int(n)


# 22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures,
#             replacementTemplate )
def get_substitution(matched, s, position, captures, named, template):
    if '$' not in template:
        return template
    result = []
    i, n = 0, len(template)
    m = len(captures)
    tail_pos = min(position + len(matched), len(s))
    while i < n:
        c = template[i]
        if c != '$' or i + 1 >= n:
            result.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d == '$':
            result.append('$')
            i += 2
        elif d == '&':
            result.append(matched)
            i += 2
        elif d == '`':
            result.append(s[:position])
            i += 2
        elif d == "'":
            result.append(s[tail_pos:])
            i += 2
        elif d.isdigit() and d.isascii():
            digits = 2 if i + 2 < n and template[i + 2].isdigit() and \
                template[i + 2].isascii() else 1
            index = int(template[i + 1:i + 1 + digits])
            if digits == 2 and not 1 <= index <= m:
                digits, index = 1, int(d)
            if 1 <= index <= m:
                cap = captures[index - 1]
                if cap is not UNDEFINED:
                    result.append(to_string(cap))
                i += 1 + digits
            else:
                result.append('$' + template[i + 1:i + 1 + digits])
                i += 1 + digits
        elif d == '<':
            close = template.find('>', i + 2)
            if named is UNDEFINED or close < 0:
                result.append('$<')
                i += 2
            else:
                name = template[i + 2:close]
                cap = named.get(name)
                if cap is not UNDEFINED:
                    result.append(to_string(cap))
                i = close + 1
        else:
            result.append('$')
            i += 1
    return join_strings(result)


# 22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
@method('replace', 2)
def replace(realm, this, args):
    if this is UNDEFINED or this is NULL:
        raise type_error('String.prototype.replace called on null or undefined')
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    if isinstance(search_value, JSObject):
        replacer = _get_method(realm, search_value, 'replace')
        if replacer is not None:
            return replacer.call(search_value, [this, replace_value])
    s = to_string(this)
    search = to_string(search_value)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    pos = s.find(search)
    if pos < 0:
        return s
    if functional:
        replacement = to_string(replace_value.call(UNDEFINED, [search, float(pos), s]))
    else:
        replacement = get_substitution(search, s, pos, [], UNDEFINED, replace_value)
    return join_strings([s[:pos], replacement, s[pos + len(search):]])


# 22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
@method('replaceAll', 2)
def replace_all(realm, this, args):
    if this is UNDEFINED or this is NULL:
        raise type_error('String.prototype.replaceAll called on null or undefined')
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    if isinstance(search_value, JSObject):
        if is_regexp(search_value):
            flags = search_value.get('flags')
            if flags is UNDEFINED or flags is NULL or 'g' not in to_string(flags):
                raise type_error('replaceAll must be called with a global RegExp')
        replacer = _get_method(realm, search_value, 'replace')
        if replacer is not None:
            return replacer.call(search_value, [this, replace_value])
    s = to_string(this)
    search = to_string(search_value)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    advance = max(1, len(search))
    positions = []
    pos = s.find(search, 0)
    while pos >= 0:
        positions.append(pos)
        pos = s.find(search, pos + advance) if pos + advance <= len(s) else -1
    end = 0
    out = []
    length = len(s)   # of the result so far, checked as it grows
    for p in positions:
        out.append(s[end:p])
        if functional:
            piece = to_string(replace_value.call(UNDEFINED, [search, float(p), s]))
        else:
            piece = get_substitution(search, s, p, [], UNDEFINED, replace_value)
        out.append(piece)
        length += len(piece) - len(search)
        check_string_length(length)
        end = p + len(search)
    out.append(s[end:])
    return ''.join(out)


# 22.1.3.21 String.prototype.search ( regexp )
@method('search', 1)
def search(realm, this, args):
    return _delegate(realm, this, args, 'search', 'search',
                     lambda s, v: _regexp_invoke(realm, s, v, UNDEFINED, 'search'))


# 22.1.3.22 String.prototype.slice ( start, end )
@method('slice', 2)
def slice_(realm, this, args):
    s = this_string(realm, this, 'slice')
    n = len(s)
    start = _relative_index(arg(args, 0), n)
    e = arg(args, 1)
    end = n if e is UNDEFINED else _relative_index(e, n)
    return s[int(start):int(end)] if start < end else ''


# 22.1.3.23 String.prototype.split ( separator, limit )
@method('split', 2)
def split(realm, this, args):
    if this is UNDEFINED or this is NULL:
        raise type_error('String.prototype.split called on null or undefined')
    separator = arg(args, 0)
    limit = arg(args, 1)
    if isinstance(separator, JSObject):
        splitter = _get_method(realm, separator, 'split')
        if splitter is not None:
            return splitter.call(separator, [this, limit])
    s = to_string(this)
    lim = 0xFFFFFFFF if limit is UNDEFINED else to_uint32(limit)
    r = to_string(separator)
    if lim == 0:
        return realm.new_array([])
    if separator is UNDEFINED:
        return realm.new_array([s])
    if s == '':
        return realm.new_array([] if r == '' else [s])
    parts = list(s) if r == '' else s.split(r)
    return realm.new_array(parts[:lim])


# 22.1.3.24 String.prototype.startsWith ( searchString [ , position ] )
@method('startsWith', 1)
def starts_with(realm, this, args):
    s = this_string(realm, this, 'startsWith')
    search = _search_string(realm, arg(args, 0), 'startsWith')
    start = int(max(0, min(to_integer_or_infinity(arg(args, 1)), len(s))))
    return s[start:start + len(search)] == search


# 22.1.3.25 String.prototype.substring ( start, end )
@method('substring', 2)
def substring(realm, this, args):
    s = this_string(realm, this, 'substring')
    n = len(s)
    start = max(0, min(to_integer_or_infinity(arg(args, 0)), n))
    e = arg(args, 1)
    end = n if e is UNDEFINED else max(0, min(to_integer_or_infinity(e), n))
    a, b = int(min(start, end)), int(max(start, end))
    return s[a:b]


def _case(realm, this, name, upper):
    s = this_string(realm, this, name)
    if s.isascii():
        return s.upper() if upper else s.lower()
    c = _combined(s)
    return _units(c.upper() if upper else c.lower())


# 22.1.3.26-29 toLocaleLowerCase / toLocaleUpperCase / toLowerCase / toUpperCase
@method('toLocaleLowerCase', 0)
def to_locale_lower(realm, this, args):
    return _case(realm, this, 'toLocaleLowerCase', False)


@method('toLocaleUpperCase', 0)
def to_locale_upper(realm, this, args):
    return _case(realm, this, 'toLocaleUpperCase', True)


@method('toLowerCase', 0)
def to_lower(realm, this, args):
    return _case(realm, this, 'toLowerCase', False)


@method('toUpperCase', 0)
def to_upper(realm, this, args):
    return _case(realm, this, 'toUpperCase', True)


# 22.1.3.35.1 ThisStringValue ( value )
def this_string_value(value, name):
    if type(value) is str:
        return value
    if isinstance(value, StringObject):
        return value.primitive
    raise type_error("String.prototype.%s requires that 'this' be a String" % name)


# 22.1.3.28 String.prototype.toString ( ) / 22.1.3.35 String.prototype.valueOf ( )
@method('toString', 0)
def to_string_(realm, this, args):
    return this_string_value(this, 'toString')


@method('valueOf', 0)
def value_of(realm, this, args):
    return this_string_value(this, 'valueOf')


# 22.1.3.31 String.prototype.toWellFormed ( )
@method('toWellFormed', 0)
def to_well_formed(realm, this, args):
    return _to_well_formed(this_string(realm, this, 'toWellFormed'))


# 22.1.3.32-34 trim / trimEnd / trimStart (22.1.3.32.1 TrimString)
@method('trim', 0)
def trim(realm, this, args):
    return this_string(realm, this, 'trim').strip(_WS)


@method('trimEnd', 0)
def trim_end(realm, this, args):
    return this_string(realm, this, 'trimEnd').rstrip(_WS)


@method('trimStart', 0)
def trim_start(realm, this, args):
    return this_string(realm, this, 'trimStart').lstrip(_WS)


# B.2.2.1 String.prototype.substr ( start, length )
@method('substr', 2)
def substr(realm, this, args):
    s = this_string(realm, this, 'substr')
    size = len(s)
    start = _relative_index(arg(args, 0), size)
    length = arg(args, 1)
    n = size if length is UNDEFINED else to_integer_or_infinity(length)
    end = min(start + n, size)
    return s[int(start):int(end)] if start < end else ''


# B.2.2.2.1 CreateHTML ( string, tag, attribute, value )
def _html(tag, attribute=None):
    def create(realm, this, args):
        s = this_string(realm, this, tag)
        open_tag = '<' + tag
        if attribute is not None:
            v = to_string(arg(args, 0)).replace('"', '&quot;')
            open_tag += ' %s="%s"' % (attribute, v)
        return '%s>%s</%s>' % (open_tag, s, tag)
    return create


for _name, _tag, _attr in (('anchor', 'a', 'name'), ('big', 'big', None),
                           ('blink', 'blink', None), ('bold', 'b', None),
                           ('fixed', 'tt', None), ('fontcolor', 'font', 'color'),
                           ('fontsize', 'font', 'size'), ('italics', 'i', None),
                           ('link', 'a', 'href'), ('small', 'small', None),
                           ('strike', 'strike', None), ('sub', 'sub', None),
                           ('sup', 'sup', None)):
    method(_name, 1 if _attr else 0)(_html(_tag, _attr))


@reg.setup
def setup(realm):
    # B.2.2.15-16 trimLeft / trimRight are the same functions as trimStart / trimEnd
    from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE
    sp = realm.intrinsics['StringPrototype']
    sp.define('trimLeft', sp.get('trimStart'), WRITABLE | CONFIGURABLE)
    sp.define('trimRight', sp.get('trimEnd'), WRITABLE | CONFIGURABLE)
