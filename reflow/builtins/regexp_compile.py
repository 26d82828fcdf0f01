"""22.2.2 Pattern Semantics, by translation: the pattern tree (reflow/parser/regexp.py)
becomes a pattern of the `regex` module with the JS meanings written out (the JS sets
for \\d \\w \\s and `.`, ^ $ \\b with JS line terminators and word characters,
backreferences to groups that did not participate matching the empty string).

Without the u or v flag, subjects are matched as UTF-16 code units (reflow's strings
are); with them, as code points: ``CompiledRegExp`` converts the indices."""
import regex

from reflow.interp.vm.dispatch import check_signals, running_vm

from reflow.interp.vm.limits import MAX_STRING_LENGTH
from reflow.parser.regexp import parse_regexp
from .regexp_strings import property_strings

LINE_TERMINATORS = '\\n\\r\\u2028\\u2029'
WHITESPACE = ('\\t\\x0b\\x0c \\xa0\\ufeff\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000'
              + LINE_TERMINATORS)
DIGIT = '0-9'
WORD = 'a-zA-Z0-9_'
WORD_UNICODE_IGNORE_CASE = WORD + '\\u017f\\u212a'


def _char(cp):
    return '\\U%08x' % cp


# 22.2.2.7.3 Canonicalize ( rer, ch ) without the u and v flags: toUppercase of the one
# code unit, kept only when it is one code unit and does not map a non-ASCII unit to
# ASCII (so /\u212A/i does not match 'k', nor /\u017F/i 's'). Such patterns are
# compiled without the regex module's case folding: each character is written out as
# the set of units with its canonical value.
_canonical_classes = None


def _fold_classes():
    """The code units that share their canonical value with another one, each mapped
    to that class (sorted); built once."""
    global _canonical_classes
    if _canonical_classes is None:
        by_value = {}
        for unit in range(0x10000):
            upper = chr(unit).upper()
            canonical = unit
            if len(upper) == 1 and ord(upper) <= 0xFFFF and not (
                    unit >= 128 and ord(upper) < 128):
                canonical = ord(upper)
            by_value.setdefault(canonical, []).append(unit)
        _canonical_classes = {u: members for members in by_value.values()
                              if len(members) > 1 for u in members}
    return _canonical_classes


def _folded_units(lo, hi):
    """The units outside [lo, hi] that match a unit inside it case-insensitively."""
    classes = _fold_classes()
    out = set()
    if hi - lo < len(classes):
        found = (classes[u] for u in range(lo, hi + 1) if u in classes)
    else:
        found = (members for u, members in classes.items() if lo <= u <= hi)
    for members in found:
        out.update(m for m in members if not lo <= m <= hi)
    return sorted(out)


# With u or v, /i is simple case folding (CaseFolding.txt C and S), where U+0130 and
# U+0131 fold to nothing and nothing folds to them; the regex module relates them to
# i and I, so these literals are matched without its folding.
DOTTED_I = {0x130: '(?-i:\\u0130)', 0x131: '(?-i:\\u0131)', 0x49: '(?-i:[iI])',
            0x69: '(?-i:[iI])'}


def _folds(st):
    return st.ignore_case and not st.unicode


class _State:
    __slots__ = ('ignore_case', 'multiline', 'dotall', 'unicode', 'names')

    def __init__(self, flags, names):
        self.ignore_case = 'i' in flags
        self.multiline = 'm' in flags
        self.dotall = 's' in flags
        self.unicode = 'u' in flags or 'v' in flags
        self.names = names


def _word(st):
    return WORD_UNICODE_IGNORE_CASE if st.unicode and st.ignore_case else WORD


def _set_item(node, st):
    """A member of a [...] set (regex V1 syntax)."""
    k = node[0]
    if k == 'char':
        if _folds(st):
            return _char(node[1]) + ''.join(map(_char, _folded_units(node[1], node[1])))
        return _char(node[1])
    if k == 'range':
        text = '%s-%s' % (_char(node[1]), _char(node[2]))
        if _folds(st):
            text += ''.join(map(_char, _folded_units(node[1], node[2])))
        return text
    if k == 'esc':   # (\d \s \w and their complements are closed under Canonicalize)
        letter = node[1]
        body = {'d': DIGIT, 'w': _word(st), 's': WHITESPACE}[letter.lower()]
        return '[%s%s]' % ('^' if letter.isupper() else '', body)
    if k == 'prop':
        if len(node) == 5:   # a property of strings: its single code points here
            return ''.join(_char(ord(s)) for s in property_strings(node[2]) if len(s) == 1)
        return _property(node, st)
    if k == 'class':
        return _class(node, st)
    if k == 'strings':
        # single-character strings only inside a set; longer ones are handled by
        # _class as alternatives
        return ''.join(_char(ord(c)) for c in node[1] if len(c) == 1)
    if k == 'setop':
        op = '&&' if node[1] == '&&' else '--'
        return '[' + op.join(_set_wrap(o, st) for o in node[2]) + ']'
    raise ValueError(node)


def _set_wrap(node, st):
    item = _set_item(node, st)
    if not item:
        return NOTHING   # (a class of strings only: no single code point)
    return item if item.startswith('[') else '[' + item + ']'


NOTHING = '[^\\x00-\\U0010ffff]'


def _strings_of(node):
    """The strings of two or more code points a v-mode class member denotes
    (22.2.2.9 ClassSetExpression: unions, intersections and differences of them)."""
    k = node[0]
    if k == 'strings':
        return set(s for s in node[1] if len(s) != 1)
    if k == 'prop' and len(node) == 5:
        return set(s for s in property_strings(node[2]) if len(s) != 1)
    if k == 'class' and not node[1]:
        out = set()
        for it in node[2]:
            out |= _strings_of(it)
        return out
    if k == 'setop':
        sets = [_strings_of(o) for o in node[2]]
        if node[1] == '&&':
            return set.intersection(*sets)
        return sets[0].difference(*sets[1:])
    return set()


def _property(node, st):
    negated, name, value = node[1], node[2], node[3]
    if value is None:
        text = name
    else:
        key = {'gc': 'General_Category', 'sc': 'Script', 'scx': 'Script_Extensions'}.get(
            name, name)
        text = '%s=%s' % (key, value)
    return '%s{%s}' % ('\\P' if negated else '\\p', text)


def _class(node, st):
    negated, items = node[1], node[2]
    strings = set()
    for it in items:
        strings |= _strings_of(it)
    body = ''.join(_set_item(it, st) for it in items)
    if not body:
        inner = '(?!)' if not negated else '(?s:.)'   # [] never matches, [^] any unit
    else:
        inner = '[%s%s]' % ('^' if negated else '', body)
    if strings:
        # ClassStrings: longest first, as the spec orders them
        alts = sorted(strings, key=len, reverse=True)
        return '(?:%s|%s)' % ('|'.join(regex.escape(s) for s in alts), inner)
    return inner


def _emit(node, st):
    k = node[0]
    if k == 'disj':
        return '|'.join(_emit(a, st) for a in node[1])
    if k == 'alt':
        return ''.join(_emit(t, st) for t in node[1])
    if k == 'char':
        if _folds(st) and node[1] in _fold_classes():
            return '[%s]' % _set_item(node, st)
        if st.ignore_case and st.unicode and node[1] in DOTTED_I:
            return DOTTED_I[node[1]]
        return _char(node[1])
    if k == 'dot':
        return '[\\s\\S]' if st.dotall else '[^%s]' % LINE_TERMINATORS
    if k == 'class':
        return _class(node, st)
    if k == 'esc':
        return _set_item(node, st)
    if k == 'prop':
        return '[' + _property(node, st) + ']' if len(node) == 4 else _class(
            ('class', False, [node]), st)
    if k == 'assert':
        a = node[1]
        if a == '^':
            return '(?:(?<=[%s])|\\A)' % LINE_TERMINATORS if st.multiline else '\\A'
        if a == '$':
            return '(?=[%s]|\\Z)' % LINE_TERMINATORS if st.multiline else '\\Z'
        w = _word(st)
        boundary = '(?:(?<=[%s])(?![%s])|(?<![%s])(?=[%s]))' % (w, w, w, w)
        return boundary if a == 'b' else '(?:(?<=[%s])(?=[%s])|(?<![%s])(?![%s]))' % (
            w, w, w, w)
    if k == 'look':
        behind, negative = node[1], node[2]
        return '(?%s%s%s)' % ('<' if behind else '', '!' if negative else '=',
                              _emit(node[3], st))
    if k == 'group':
        index, body, modifiers = node[1], node[3], node[4]
        if modifiers is not None:
            return _modified(body, modifiers, st)
        inner = _emit(body, st)
        return '(%s)' % inner if index is not None else '(?:%s)' % inner
    if k == 'backref':
        n = node[1]
        return _case_scoped('(?(%d)\\%d|)' % (n, n) if n < 100 else '(?:)', st)
    if k == 'named_ref':
        return _case_scoped(_named_ref(node[1], st), st)
    if k == 'quant':
        atom, lo, hi, greedy = node[1], node[2], node[3], node[4]
        if lo * _min_length(atom) > MAX_STRING_LENGTH:
            # no subject is that long: never matches (the module would unroll the
            # count, so say so cheaply), keeping the atom's groups for their numbers
            return '(?!)' + '()' * _count_groups(atom)
        if hi is not None and hi > MAX_STRING_LENGTH:
            hi = None   # past the min, each iteration consumes a unit (the empty check)
        inner = _emit(atom, st)
        if hi is None:
            q = '*' if lo == 0 else '+' if lo == 1 else '{%d,}' % lo
        elif lo == hi:
            q = '{%d}' % lo
        else:
            q = '{%d,%d}' % (lo, hi)
        return '(?:%s)%s%s' % (inner, q, '' if greedy else '?')
    raise ValueError(node)


def _min_length(node):
    """The fewest characters a match of the pattern node consumes."""
    k = node[0]
    if k == 'disj':
        return min(_min_length(a) for a in node[1])
    if k == 'alt':
        return sum(_min_length(t) for t in node[1])
    if k in ('char', 'dot', 'esc'):
        return 1
    if k == 'prop':
        return 1 if len(node) == 4 else 0
    if k == 'class':   # one character, unless it may hold strings (v flag)
        return 1 if all(it[0] in ('char', 'esc', 'range') or
                        (it[0] == 'prop' and len(it) == 4) for it in node[2]) else 0
    if k == 'group':
        return _min_length(node[3])
    if k == 'quant':
        return node[2] * _min_length(node[1])
    return 0   # assertions, lookarounds, backreferences


def _count_groups(node):
    if type(node) is not tuple:
        return 0
    n = 1 if node[0] == 'group' and node[1] is not None else 0
    for child in node[1:]:
        if type(child) is tuple:
            n += _count_groups(child)
        elif type(child) is list:
            n += sum(_count_groups(c) for c in child)
    return n


def _modified(body, modifiers, st):
    add, remove = modifiers
    saved = (st.ignore_case, st.multiline, st.dotall)
    for f in add:
        setattr(st, {'i': 'ignore_case', 'm': 'multiline', 's': 'dotall'}[f], True)
    for f in remove:
        setattr(st, {'i': 'ignore_case', 'm': 'multiline', 's': 'dotall'}[f], False)
    inner = _emit(body, st)
    case = '' if st.ignore_case == saved[0] or not st.unicode else (
        'i' if st.ignore_case else '-i')
    st.ignore_case, st.multiline, st.dotall = saved
    if case == 'i':
        return '(?i:%s)' % inner
    if case == '-i':
        return '(?-i:%s)' % inner
    return '(?:%s)' % inner


def _case_scoped(text, st):
    """A backreference compares case-insensitively under i: without u or v the pattern
    has no global case folding, so the reference gets it (the regex module's simple
    folding, which differs from Canonicalize only for the few units it refuses)."""
    return '(?i:%s)' % text if _folds(st) else text


def _named_ref(name, st):
    indices = st.names.get(name, [])
    out = '(?:)'
    for i in reversed(indices):
        out = '(?(%d)\\%d|%s)' % (i, i, out)
    return out


class CompiledRegExp:
    """A compiled pattern: ``match(s, index, sticky)`` returns the capture spans in code
    units ([(start, end) or None for each group 0..n]) or None."""
    __slots__ = ('compiled', 'groups', 'names', 'unicode')
    # cached for the whole process (regexp._CACHE): closing a runtime leaves it whole
    shared_by_runtimes = True

    def __init__(self, source, flags):
        pattern = parse_regexp(source, flags)
        st = _State(flags, {})
        # named references may come before their groups: collect names first
        _collect_names(pattern.tree, st.names)
        text = _emit(pattern.tree, st)
        flags_value = regex.V1
        if 'i' in flags and st.unicode:
            flags_value |= regex.IGNORECASE
        try:
            self.compiled = regex.compile('(?-f)' + text if 'i' in flags else text,
                                          flags_value)
        except (regex.error, OverflowError, RecursionError) as exc:
            raise ValueError(str(exc))
        self.groups = pattern.groups
        self.names = {}
        _collect_names(pattern.tree, self.names)
        self.unicode = st.unicode

    def match(self, s, index, sticky):
        if self.unicode and _has_surrogates(s):
            cps = s.encode('utf-16-le', 'surrogatepass').decode('utf-16-le',
                                                                'surrogatepass')
            cu_to_cp, cp_to_cu = _index_maps(s, cps)
            start = cu_to_cp[index] if index <= len(s) else len(cps) + 1
            m = _matched(self.compiled.match if sticky else self.compiled.search, cps, start)
            if m is None:
                return None
            return [None if m.start(i) < 0 else (cp_to_cu[m.start(i)], cp_to_cu[m.end(i)])
                    for i in range(self.groups + 1)]
        m = _matched(self.compiled.match if sticky else self.compiled.search, s, index)
        if m is None:
            return None
        return [None if m.start(i) < 0 else (m.start(i), m.end(i))
                for i in range(self.groups + 1)]


# The matcher backtracks in C, where the VM cannot poll: it runs for a slice of time,
# then the VM polls (interrupt, time limit, Ctrl-C) and the match starts again with a
# slice twice as long. A match taking t seconds costs at most about 2t, and stops at
# most about t after the host asked.
MATCH_SLICE = 0.05


def _matched(method, s, start):
    slice_seconds = MATCH_SLICE
    while True:
        try:
            return method(s, start, timeout=slice_seconds)
        except TimeoutError:
            vm = running_vm()
            if vm is not None:
                vm.poll()
            else:
                check_signals()
            slice_seconds *= 2


def _collect_names(node, names):
    if type(node) is not tuple:
        return
    if node[0] == 'group' and node[2] is not None:
        if node[1] not in names.setdefault(node[2], []):
            names[node[2]].append(node[1])
    for child in node[1:]:
        if type(child) is tuple:
            _collect_names(child, names)
        elif type(child) is list:
            for c in child:
                _collect_names(c, names)


def _has_surrogates(s):
    try:
        s.encode('utf-8')
        return False
    except UnicodeEncodeError:
        return True


def _index_maps(units, points):
    cu_to_cp = []
    cp_to_cu = []
    i = 0
    for ch in points:
        cp_to_cu.append(i)
        width = 2 if ord(ch) > 0xFFFF else 1
        cu_to_cp.append(len(cp_to_cu) - 1)
        if width == 2:
            cu_to_cp.append(len(cp_to_cu) - 1 + 1)   # inside a pair: the next point
        i += width
    cp_to_cu.append(i)
    cu_to_cp.append(len(points))
    return cu_to_cp, cp_to_cu
