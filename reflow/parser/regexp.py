"""22.2.1 Patterns: the RegExp pattern grammar with its early errors (22.2.1.1) and
Annex B.1.2 (the web-compatible grammar used when neither the u nor the v flag is set).

``parse_regexp(pattern, flags)`` returns a Pattern, the tree a RegExp engine works
from; ``validate_regexp`` only checks. Both raise RegExpSyntaxError(message, offset),
the offset being into the pattern (-1 for the flags). The pattern is a str of UTF-16
code units (as reflow's strings are); with u or v it is read as code points, surrogate
pairs joined.

Tree nodes are tuples:
  ('disj', [alt, ...])            Disjunction
  ('alt', [term, ...])            Alternative
  ('char', cp)                    a character (code unit, or code point under u/v)
  ('dot',)
  ('esc', letter)                 \\d \\D \\s \\S \\w \\W
  ('prop', negated, name, value)  \\p / \\P, canonical names: ('Alphabetic', None),
                                  ('General_Category', 'Letter'), ('Script', 'Latin'),
                                  ('Script_Extensions', 'Greek'); a property of strings
                                  (v flag) is ('prop', False, 'RGI_Emoji', None, 'strings')
  ('class', negated, [item, ...]) items: 'char', 'esc', 'prop', ('range', lo, hi), and
                                  with the v flag nested 'class', ('strings', [str, ...])
                                  for \\q{...} and ('setop', '&&' or '--', [operand, ...])
  ('assert', '^' | '$' | 'b' | 'B')
  ('look', behind, negative, disj)
  ('group', index or None, name or None, disj, (add, remove) or None)  the last are
                                  modifiers such as (?i-m:...); names (here and in
                                  named_ref) are strings of UTF-16 code units
  ('backref', index, offset) / ('named_ref', name)
  ('quant', atom, min, max or None for infinity, greedy)
"""
import sys

from .chars import is_id_continue, is_id_start
from .errors import RegExpSyntaxError
from .regexp_classes import ClassParser
from .regexp_unicode import resolve_property

SYNTAX_CHARS = '^$\\.*+?()[]{}|'
CONTROL_ESCAPES = {'f': 0x0C, 'n': 0x0A, 'r': 0x0D, 't': 0x09, 'v': 0x0B}
HEX = '0123456789abcdefABCDEF'
DIGITS = '0123456789'
FLAGS = 'dgimsuvy'
MAX_NESTING = 2000          # groups and classes inside each other
_RECURSION_ROOM = 40000


class Pattern:
    """A parsed pattern: the tree, the number of capturing groups, and for each group
    name the indices of the groups that carry it (several only in different
    alternatives)."""
    __slots__ = ('tree', 'groups', 'names', 'flags')

    def __init__(self, tree, groups, names, flags):
        self.tree = tree
        self.groups = groups
        self.names = names
        self.flags = flags


# 22.2.3.1 RegExpInitialize step 6: flags are distinct code points of "dgimsuvy", not
# both u and v
def validate_flags(flags):
    if len(flags) == 1 and flags in FLAGS:
        return
    seen = set()
    for f in flags:
        if f not in FLAGS or f in seen:
            raise RegExpSyntaxError("Invalid regular expression flags '%s'" % flags, -1)
        seen.add(f)
    if 'u' in seen and 'v' in seen:
        raise RegExpSyntaxError("Invalid regular expression flags '%s'" % flags, -1)


def validate_regexp(pattern, flags):
    parse_regexp(pattern, flags)


# 22.2.3.4 Static Semantics: ParsePattern, with B.1.2.9's second parse
def parse_regexp(pattern, flags):
    validate_flags(flags)
    if pattern.count('(') + pattern.count('[') < 100:
        return _parse_pattern(pattern, flags)
    # deep nesting recurses: make room for MAX_NESTING levels (as the JS parser does)
    old_limit = sys.getrecursionlimit()
    if old_limit < _RECURSION_ROOM:
        sys.setrecursionlimit(_RECURSION_ROOM)
    try:
        return _parse_pattern(pattern, flags)
    finally:
        if old_limit < _RECURSION_ROOM:
            sys.setrecursionlimit(old_limit)


def _parse_pattern(pattern, flags):
    unicode = 'u' in flags or 'v' in flags
    p = _Parser(pattern, flags, unicode, None)
    result = p.parse()
    if not unicode and (p.names or p.max_backref[0] > p.groups):
        # B.1.2.9: a pattern containing a GroupName is parsed again with
        # [+NamedCaptureGroups]; and B.1.2 AtomEscape: \N is a backreference only if N
        # is at most the number of groups, which is known now
        p = _Parser(pattern, flags, bool(p.names), p.groups)
        result = p.parse()
    return result


class _Parser(ClassParser):
    def __init__(self, src, flags, named, group_limit):
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.flags = flags
        self.v = 'v' in flags
        self.u = self.v or 'u' in flags          # [UnicodeMode]
        self.named = named                       # [NamedCaptureGroups]
        self.group_limit = group_limit           # Annex B second pass: the group count
        self.groups = 0
        self.names = {}          # name -> [(alternative path, index)]
        self.refs = []           # (name, offset) of \k<name>
        self.max_backref = (0, 0)
        self.path = []           # (disjunction number, alternative index) down to here
        self.disjunctions = 0

    def error(self, message, at=None):
        raise RegExpSyntaxError('Invalid regular expression: /%s/%s: %s' % (
            self.src, self.flags, message), self.pos if at is None else at)

    def peek(self, k=0):
        p = self.pos + k
        return self.src[p] if p < self.n else ''

    def eat(self, text):
        if self.src.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def source_char(self):
        """One SourceCharacter: a code point under u/v (a surrogate pair joins), else a
        code unit."""
        c = ord(self.src[self.pos])
        self.pos += 1
        if self.u and 0xD800 <= c <= 0xDBFF and self.pos < self.n:
            d = ord(self.src[self.pos])
            if 0xDC00 <= d <= 0xDFFF:
                self.pos += 1
                return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)
        return c

    # -- 22.2.1 Pattern, Disjunction, Alternative, Term -----------------------------

    def parse(self):
        tree = self.disjunction()
        if self.pos < self.n:
            self.error("Unmatched ')'")    # the only way a disjunction stops early
        # 22.2.1.1: \k<name> names a group; \N is at most the number of groups
        for name, at in self.refs:
            if name not in self.names:
                self.error('Invalid named capture referenced', at)
        if self.max_backref[0] > self.groups and self.u:
            self.error('Invalid escape', self.max_backref[1])
        names = {name: [index for _, index in seen] for name, seen in self.names.items()}
        return Pattern(tree, self.groups, names, self.flags)

    def disjunction(self):
        if len(self.path) >= MAX_NESTING:
            self.error('Regular expression too large')
        number = self.disjunctions
        self.disjunctions += 1
        alternatives = []
        index = 0
        while True:
            self.path.append((number, index))
            alternatives.append(self.alternative())
            self.path.pop()
            if not self.eat('|'):
                return ('disj', alternatives)
            index += 1

    def alternative(self):
        terms = []
        src, n = self.src, self.n
        while self.pos < n:
            c = src[self.pos]
            if c == '|' or c == ')':
                break
            terms.append(self.term())
        return ('alt', terms)

    def term(self):
        c = self.src[self.pos]
        start = self.pos
        # Assertion (never quantified; a quantifier after it fails as the next atom)
        if c == '^' or c == '$':
            self.pos += 1
            return ('assert', c)
        if c == '\\' and self.peek(1) in ('b', 'B') and self.peek(1):
            self.pos += 2
            return ('assert', self.src[start + 1])
        if c == '(' and self.peek(1) == '?':
            kind = self.src[start + 2:start + 4]
            if kind[:1] in ('=', '!') or kind in ('<=', '<!'):
                behind = kind[0] == '<'
                self.pos += 4 if behind else 3
                body = self.disjunction()
                if not self.eat(')'):
                    self.error('Unterminated group', start)
                node = ('look', behind, kind[-1] == '!' if behind else kind[0] == '!', body)
                if behind or self.u:
                    return node
                # B.1.2 QuantifiableAssertion: a lookahead takes a quantifier
                return self.quantifier(node)
        return self.quantifier(self.atom())

    # 22.2.1 Quantifier, QuantifierPrefix
    def quantifier(self, atom):
        c = self.peek()
        if c == '*':
            lo, hi = 0, None
            self.pos += 1
        elif c == '+':
            lo, hi = 1, None
            self.pos += 1
        elif c == '?':
            lo, hi = 0, 1
            self.pos += 1
        elif c == '{':
            braced = self.braced()
            if braced is None:
                if self.u:
                    self.error('Incomplete quantifier')
                return atom     # B.1.2 ExtendedPatternCharacter: '{' is the next atom
            lo, hi, end = braced
            if hi is not None and lo > hi:
                self.error('numbers out of order in {} quantifier')
            self.pos = end
        else:
            return atom
        greedy = not self.eat('?')
        return ('quant', atom, lo, hi, greedy)

    def braced(self):
        """(min, max, end) of a {n}, {n,} or {n,m} at the position, else None."""
        s, n = self.src, self.n
        i = j = self.pos + 1
        while j < n and s[j] in DIGITS:
            j += 1
        if j == i:
            return None
        lo = hi = int(s[i:j])
        if j < n and s[j] == ',':
            k = j = j + 1
            while j < n and s[j] in DIGITS:
                j += 1
            hi = int(s[k:j]) if j > k else None
        if j < n and s[j] == '}':
            return lo, hi, j + 1
        return None

    # -- 22.2.1 Atom (B.1.2 ExtendedAtom) ----------------------------------------

    def atom(self):
        c = self.src[self.pos]
        if c == '.':
            self.pos += 1
            return ('dot',)
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '\\':
            return self.atom_escape()
        if c in '*+?':
            self.error('Nothing to repeat')
        if c == '{':
            if self.braced() is not None:
                self.error('Nothing to repeat')   # B.1.2 InvalidBracedQuantifier
            if self.u:
                self.error('Lone quantifier brackets')
            self.pos += 1
            return ('char', 0x7B)
        if (c == '}' or c == ']') and self.u:
            self.error('Lone quantifier brackets')
        return ('char', self.source_char())

    def group(self):
        """( GroupSpecifier? Disjunction ), (?: Disjunction ) and the modifier forms
        (?ims-ims: Disjunction ); the position is at '('."""
        start = self.pos
        self.pos += 1
        name = None
        modifiers = None
        capturing = True
        if self.eat('?'):
            c = self.peek()
            capturing = False
            if c == ':':
                self.pos += 1
            elif c == '<':
                self.pos += 1
                name = self.group_name()
                capturing = True
            elif c and c in 'ims-':
                modifiers = self.modifiers()
            else:
                self.error('Invalid group')
        index = None
        if capturing:
            self.groups += 1
            index = self.groups
            if name is not None:
                self.declare_name(name, index, start)
        body = self.disjunction()
        if not self.eat(')'):
            self.error('Unterminated group', start)
        return ('group', index, name, body, modifiers)

    def declare_name(self, name, index, at):
        # 22.2.1.1: two groups of one name are an error unless MightBothParticipate is
        # false, i.e. they lie in different alternatives of some disjunction
        seen = self.names.setdefault(name, [])
        for path, _ in seen:
            for a, b in zip(path, self.path):
                if a != b:
                    if a[0] == b[0]:
                        break
                    self.error('Duplicate capture group name', at)
            else:
                self.error('Duplicate capture group name', at)
        seen.append((tuple(self.path), index))

    def modifiers(self):
        """RegularExpressionModifiers [- RegularExpressionModifiers] ':' (after '(?')."""
        start = self.pos
        add = remove = ''
        while self.peek() in ('i', 'm', 's'):
            add += self.src[self.pos]
            self.pos += 1
        dash = self.eat('-')
        if dash:
            while self.peek() in ('i', 'm', 's'):
                remove += self.src[self.pos]
                self.pos += 1
        if not self.eat(':'):
            self.error('Invalid group')
        both = add + remove
        # 22.2.1.1: no flag twice, none on both sides, not (?-:
        if len(set(both)) != len(both) or (dash and not both):
            self.error('Invalid regular expression modifiers', start)
        return add, remove

    # 22.2.1 GroupName :: < RegExpIdentifierName >  (the '<' is consumed)
    def group_name(self):
        start = self.pos - 1
        chars = []
        while True:
            if self.pos >= self.n:
                self.error('Invalid capture group name', start)
            c = self.src[self.pos]
            if c == '>':
                self.pos += 1
                break
            if c == '\\':
                self.pos += 1
                if not self.eat('u'):
                    self.error('Invalid capture group name', start)
                # RegExpIdentifierStart :: \ RegExpUnicodeEscapeSequence[+UnicodeMode]
                cp = self.unicode_escape(True)
                if cp is None:
                    self.error('Invalid Unicode escape', start)
            else:
                cp = ord(c)
                self.pos += 1
                if 0xD800 <= cp <= 0xDBFF and self.pos < self.n and \
                        0xDC00 <= ord(self.src[self.pos]) <= 0xDFFF:
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(self.src[self.pos]) - 0xDC00)
                    self.pos += 1
            if not (is_id_continue(cp) or cp == 0x200C or cp == 0x200D) if chars \
                    else not is_id_start(cp):
                self.error('Invalid capture group name', start)
            if cp > 0xFFFF:   # names are JS strings: UTF-16 code units
                cp -= 0x10000
                chars.append(chr(0xD800 + (cp >> 10)))
                chars.append(chr(0xDC00 + (cp & 0x3FF)))
            else:
                chars.append(chr(cp))
        if not chars:
            self.error('Invalid capture group name', start)
        return ''.join(chars)

    # -- 22.2.1 AtomEscape, CharacterEscape --------------------------------------

    def atom_escape(self):
        start = self.pos
        self.pos += 1
        if self.pos >= self.n:
            self.error('\\ at end of pattern', start)
        c = self.src[self.pos]
        if c in '123456789':
            # DecimalEscape; B.1.2: without u only when it names an existing group,
            # otherwise a legacy octal or identity escape
            j = self.pos
            while j < self.n and self.src[j] in DIGITS:
                j += 1
            number = int(self.src[self.pos:j])
            if self.u or self.group_limit is None or number <= self.group_limit:
                self.pos = j
                if number > self.max_backref[0]:
                    self.max_backref = (number, start)
                return ('backref', number, start)
        elif c == 'k' and self.named:
            self.pos += 1
            if not self.eat('<'):
                self.error('Invalid named reference', start)
            name = self.group_name()
            self.refs.append((name, start))
            return ('named_ref', name)
        elif c in 'dDsSwW':
            self.pos += 1
            return ('esc', c)
        elif c in 'pP' and self.u:
            return self.property_escape()
        return ('char', self.character_escape(False))

    def property_escape(self, in_class=False):
        """\\p{...} / \\P{...} (position at the letter): 22.2.1.1 early errors of
        UnicodePropertyValueExpression."""
        start = self.pos - 1
        invalid = 'Invalid property name in character class' if in_class else \
            'Invalid property name'   # (V8's two wordings)
        negated = self.src[self.pos] == 'P'
        self.pos += 1
        if not self.eat('{'):
            self.error(invalid, start)
        end = self.src.find('}', self.pos)
        if end < 0:
            self.error(invalid, start)
        name, eq, value = self.src[self.pos:end].partition('=')
        resolved = resolve_property(name, value if eq else None, self.v) \
            if name and (value or not eq) else None
        if resolved is None:
            self.error(invalid, start)
        self.pos = end + 1
        prop, value = resolved
        if value == 'strings':
            if negated:
                self.error(invalid, start)
            return ('prop', False, prop, None, 'strings')
        return ('prop', negated, prop, value)

    def character_escape(self, in_class):
        """CharacterEscape (B.1.2 form without u) after the backslash; the code point."""
        c = self.src[self.pos]
        start = self.pos - 1
        if c in CONTROL_ESCAPES:
            self.pos += 1
            return CONTROL_ESCAPES[c]
        if c == 'c':
            letter = self.peek(1)
            if letter and letter in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ':
                self.pos += 2
                return ord(letter) % 32
            if in_class and not self.u and letter and letter in DIGITS + '_':
                self.pos += 2       # B.1.2 ClassControlLetter
                return ord(letter) % 32
            if self.u:
                self.error('Invalid unicode escape', start)
            return 0x5C   # B.1.2 '\' [lookahead = c]: the backslash itself; 'c' follows
        if c in DIGITS:
            following = self.peek(1)
            if c == '0' and not (following and following in DIGITS):
                self.pos += 1
                return 0
            if self.u:
                self.error('Invalid class escape' if in_class else 'Invalid decimal escape',
                           start)
            return self.legacy_octal()
        if c == 'x':
            h = self.src[self.pos + 1:self.pos + 3]
            if len(h) == 2 and h[0] in HEX and h[1] in HEX:
                self.pos += 3
                return int(h, 16)
            if self.u:
                self.error('Invalid escape', start)
            self.pos += 1
            return 0x78
        if c == 'u':
            self.pos += 1
            cp = self.unicode_escape(self.u)
            if cp is None:
                if self.u:
                    self.error('Invalid Unicode escape', start)
                return 0x75
            return cp
        # IdentityEscape
        if self.u:
            if c in SYNTAX_CHARS or c == '/':
                self.pos += 1
                return ord(c)
            self.error('Invalid escape', start)
        if c == 'k' and self.named:
            self.error('Invalid named reference', start)
        return self.source_char()

    def legacy_octal(self):
        """B.1.2 LegacyOctalEscapeSequence, or \\8 \\9 as identity escapes."""
        c = self.src[self.pos]
        if c in '89':
            self.pos += 1
            return ord(c)
        j = self.pos + 1
        limit = self.pos + (3 if c in '0123' else 2)
        while j < limit and j < self.n and self.src[j] in '01234567':
            j += 1
        value = int(self.src[self.pos:j], 8)
        self.pos = j
        return value

    def unicode_escape(self, unicode):
        """RegExpUnicodeEscapeSequence after '\\u': XXXX, and with ``unicode`` a
        surrogate pair \\uXXXX\\uXXXX joined or {X...}; None when malformed."""
        s, p = self.src, self.pos
        if unicode and p < self.n and s[p] == '{':
            end = s.find('}', p)
            digits = s[p + 1:end] if end > 0 else ''
            if not digits or any(ch not in HEX for ch in digits):
                return None
            value = int(digits, 16)
            if value > 0x10FFFF:
                return None
            self.pos = end + 1
            return value
        h = s[p:p + 4]
        if len(h) < 4 or any(ch not in HEX for ch in h):
            return None
        self.pos = p + 4
        cp = int(h, 16)
        if unicode and 0xD800 <= cp <= 0xDBFF and s.startswith('\\u', p + 4):
            h2 = s[p + 6:p + 10]
            if len(h2) == 4 and all(ch in HEX for ch in h2):
                low = int(h2, 16)
                if 0xDC00 <= low <= 0xDFFF:
                    self.pos = p + 10
                    return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
        return cp
