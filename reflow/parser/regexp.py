"""22.2.1 Patterns: the RegExp pattern grammar with its early errors (22.2.1.1) and
Annex B.1.2 (the web-compatible grammar when neither the u nor the v flag is set).

``parse_regexp(pattern, flags)`` returns a Pattern (the tree a RegExp engine works
from); ``validate_regexp`` only checks. Both raise RegExpSyntaxError(message, offset).
The pattern is a str of UTF-16 code units.

Tree nodes are tuples: ('disj', [alternative...]), ('alt', [term...]), ('char', cp),
('dot',), ('class', negated, [item...]) with items ('char', cp), ('range', lo, hi),
('esc', letter), ('prop', negated, name, value), ('class', ...) nested (v flag),
('strings', [str...]) (\\q{}), ('setop', '&&' or '--', [operand...]);
('esc', letter) for \\d \\D \\w \\W \\s \\S; ('prop', negated, name, value);
('assert', '^' | '$' | 'b' | 'B'); ('look', behind, negative, disj);
('group', index or None, name, disj, (add, remove) or None);
('backref', index) / ('named_ref', name); ('quant', atom, min, max (None: infinity),
greedy).
"""
from .errors import RegExpSyntaxError
from .regexp_unicode import check_property

SYNTAX_CHARS = '^$\\.*+?()[]{}|'
CONTROL_ESCAPES = {'f': 0x0C, 'n': 0x0A, 'r': 0x0D, 't': 0x09, 'v': 0x0B}
# 22.2.1 ClassSetReservedDoublePunctuator / ClassSetSyntaxCharacter (v flag)
DOUBLE_PUNCT = '&!#$%*+,.:;<=>?@^`~'
SET_SYNTAX = '()[]{}/-\\|'
HEX = '0123456789abcdefABCDEF'


class Pattern:
    __slots__ = ('tree', 'groups', 'names', 'flags')

    def __init__(self, tree, groups, names, flags):
        self.tree = tree
        self.groups = groups      # number of capturing groups
        self.names = names        # group name -> [indices]
        self.flags = flags


def validate_flags(flags):
    seen = set()
    for i, f in enumerate(flags):
        if f not in 'dgimsuyv' or f in seen:
            raise RegExpSyntaxError("Invalid regular expression flags '%s'" % flags, -1)
        seen.add(f)
    if 'u' in seen and 'v' in seen:
        raise RegExpSyntaxError("Invalid regular expression flags '%s'" % flags, -1)


def validate_regexp(pattern, flags):
    parse_regexp(pattern, flags)


def parse_regexp(pattern, flags):
    validate_flags(flags)
    p = _Parser(pattern, flags)
    result = p.parse()
    if p.max_backref[0] > p.groups and not p.u and not p.names:
        # B.1.2: \N beyond the number of groups is a legacy octal or identity escape
        p = _Parser(pattern, flags)
        p.known_groups = result.groups
        result = p.parse()
    return result


def _is_id_start(cp):
    from .chars import is_id_start
    return is_id_start(cp)


def _is_id_part(cp):
    from .chars import is_id_continue
    return is_id_continue(cp)


class _Parser:
    def __init__(self, src, flags):
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.v = 'v' in flags
        self.u = 'u' in flags or self.v
        self.flags = flags
        self.groups = 0
        self.names = {}        # name -> list of alternative paths
        self.refs = []         # (name, offset)
        self.max_backref = (0, 0)
        self.path = []         # (disjunction id, alternative index) of the current position
        self.disj_ids = 0
        self.known_groups = None   # second pass of an Annex B pattern (see parse_regexp)
        # Annex B: named groups anywhere make \k a reference (22.2.1 [N] parameter)
        self.named = self.u or self._has_group_name()

    def error(self, message, at=None):
        raise RegExpSyntaxError('Invalid regular expression: /%s/%s: %s' % (
            self.src, self.flags, message), self.pos if at is None else at)

    def _has_group_name(self):
        s = self.src
        i = s.find('(?<')
        while i >= 0:
            if i + 3 < self.n and s[i + 3] not in '=!':
                # not escaped?
                k = i - 1
                slashes = 0
                while k >= 0 and s[k] == '\\':
                    slashes += 1
                    k -= 1
                if slashes % 2 == 0:
                    return True
            i = s.find('(?<', i + 1)
        return False

    def peek(self, k=0):
        p = self.pos + k
        return self.src[p] if p < self.n else ''

    def eat(self, ch):
        if self.src.startswith(ch, self.pos):
            self.pos += len(ch)
            return True
        return False

    # -- pattern --------------------------------------------------------------------

    def parse(self):
        tree = self.disjunction()
        if self.pos < self.n:
            c = self.peek()
            if c == ')':
                self.error('Unmatched \')\'')
            self.error('Unexpected character')
        for name, at in self.refs:
            if name not in self.names:
                self.error('Invalid named capture referenced', at)
        if self.max_backref[0] > self.groups and (self.u or self.names):
            self.error('Invalid escape', self.max_backref[1])
        names = {}
        for node_name in self.names:
            names[node_name] = []
        return Pattern(tree, self.groups, names, self.flags)

    def disjunction(self):
        did = self.disj_ids
        self.disj_ids += 1
        alts = []
        index = 0
        while True:
            self.path.append((did, index))
            alts.append(self.alternative())
            self.path.pop()
            if not self.eat('|'):
                break
            index += 1
        return ('disj', alts)

    def alternative(self):
        terms = []
        while self.pos < self.n and self.peek() not in '|)':
            terms.append(self.term())
        return ('alt', terms)

    def term(self):
        start = self.pos
        c = self.peek()
        # assertions
        if c == '^':
            self.pos += 1
            return ('assert', '^')
        if c == '$':
            self.pos += 1
            return ('assert', '$')
        if c == '\\' and self.peek(1) in ('b', 'B'):
            self.pos += 2
            return ('assert', self.src[self.pos - 1])
        if self.src.startswith('(?=', self.pos) or self.src.startswith('(?!', self.pos) \
                or self.src.startswith('(?<=', self.pos) or \
                self.src.startswith('(?<!', self.pos):
            behind = self.peek(2) == '<'
            negative = self.src[self.pos + (3 if behind else 2)] == '!'
            self.pos += 4 if behind else 3
            d = self.disjunction()
            if not self.eat(')'):
                self.error('Unterminated group')
            node = ('look', behind, negative, d)
            # Annex B: a lookahead can be quantified without the u flag
            if not behind and not self.u:
                return self.quantifier(node, start)
            if self._at_quantifier():
                self.error('Nothing to repeat')
            return node
        atom = self.atom()
        return self.quantifier(atom, start)

    def _at_quantifier(self):
        c = self.peek()
        if c in ('*', '+', '?'):
            return True
        if c == '{':
            return self._braced(self.pos) is not None
        return False

    def _braced(self, at):
        """(min, max, end) of a {n}, {n,}, {n,m} at ``at``, or None."""
        s = self.src
        i = at + 1
        j = i
        while j < self.n and s[j].isdigit() and s[j].isascii():
            j += 1
        if j == i:
            return None
        lo = int(s[i:j])
        hi = lo
        if j < self.n and s[j] == ',':
            k = j + 1
            while k < self.n and s[k].isdigit() and s[k].isascii():
                k += 1
            hi = int(s[j + 1:k]) if k > j + 1 else None
            j = k
        if j < self.n and s[j] == '}':
            return lo, hi, j + 1
        return None

    def quantifier(self, atom, start):
        c = self.peek()
        if c in ('*', '+', '?'):
            self.pos += 1
            lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        elif c == '{':
            b = self._braced(self.pos)
            if b is None:
                if self.u:
                    self.error('Incomplete quantifier')
                return atom   # Annex B: a literal '{' follows (parsed as the next atom)
            lo, hi, end = b
            if hi is not None and lo > hi:
                self.error('numbers out of order in {} quantifier')
            self.pos = end
        else:
            return atom
        greedy = not self.eat('?')
        if atom[0] in ('assert', 'look') and (self.u or atom[0] == 'assert' or atom[1]):
            self.error('Nothing to repeat', start)
        return ('quant', atom, lo, hi, greedy)

    # -- atoms ------------------------------------------------------------------------

    def atom(self):
        c = self.peek()
        start = self.pos
        if c in ('*', '+', '?'):
            self.error('Nothing to repeat')
        if c == '{':
            if self.u or self._braced(self.pos) is not None:
                self.error('Nothing to repeat' if self._braced(self.pos) else
                           'Lone quantifier brackets')
            self.pos += 1
            return ('char', ord('{'))
        if c == '.':
            self.pos += 1
            return ('dot',)
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '\\':
            return self.atom_escape()
        if c in (']', '}'):
            if self.u:
                self.error('Lone quantifier brackets')
            self.pos += 1
            return ('char', ord(c))
        return ('char', self.source_char())

    def source_char(self):
        """One pattern character: a code point in u-mode (pairs join), else a unit."""
        c = ord(self.src[self.pos])
        self.pos += 1
        if self.u and 0xD800 <= c <= 0xDBFF and self.pos < self.n:
            d = ord(self.src[self.pos])
            if 0xDC00 <= d <= 0xDFFF:
                self.pos += 1
                return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)
        return c

    def group(self):
        start = self.pos
        self.pos += 1
        name = None
        modifiers = None
        capturing = True
        if self.eat('?'):
            if self.eat(':'):
                capturing = False
            elif self.peek() == '<':
                self.pos += 1
                name = self.group_name(start)
            elif self.peek() in 'imsx-' and self.peek():
                modifiers = self.modifiers()
                capturing = False
            else:
                self.error('Invalid group')
        index = None
        if capturing:
            self.groups += 1
            index = self.groups
            if name is not None:
                paths = self.names.setdefault(name, [])
                for other in paths:
                    if not self._exclusive(other, self.path):
                        self.error('Duplicate capture group name', start)
                paths.append(list(self.path))
        d = self.disjunction()
        if not self.eat(')'):
            self.error('Unterminated group', start)
        return ('group', index, name, d, modifiers)

    @staticmethod
    def _exclusive(a, b):
        for x, y in zip(a, b):
            if x != y:
                return x[0] == y[0]
        return False

    def modifiers(self):
        """(?ims-ims: ... ) regular expression modifiers."""
        start = self.pos
        add = ''
        while self.peek() in ('i', 'm', 's') and self.peek():
            add += self.peek()
            self.pos += 1
        remove = ''
        dash = self.eat('-')
        if dash:
            while self.peek() in ('i', 'm', 's') and self.peek():
                remove += self.peek()
                self.pos += 1
        if not self.eat(':'):
            self.error('Invalid group', start)
        flags = add + remove
        if len(set(flags)) != len(flags) or (dash and not flags):
            self.error('Invalid regular expression modifiers', start)
        return add, remove

    def group_name(self, start):
        """RegExpIdentifierName '>' (the '<' is consumed)."""
        chars = []
        first = True
        while True:
            if self.pos >= self.n:
                self.error('Invalid capture group name')
            if self.peek() == '>':
                self.pos += 1
                break
            if self.peek() == '\\':
                self.pos += 1
                if not self.eat('u'):
                    self.error('Invalid capture group name')
                cp = self.unicode_escape_body(True)
                if cp is None:
                    self.error('Invalid Unicode escape')
            else:
                c = ord(self.src[self.pos])
                self.pos += 1
                if 0xD800 <= c <= 0xDBFF and self.pos < self.n and \
                        0xDC00 <= ord(self.src[self.pos]) <= 0xDFFF:
                    c = 0x10000 + ((c - 0xD800) << 10) + (ord(self.src[self.pos]) - 0xDC00)
                    self.pos += 1
                cp = c
            ok = (cp in (0x24, 0x5F) or _is_id_start(cp)) if first else \
                (cp in (0x24, 0x200C, 0x200D) or _is_id_part(cp))
            if not ok:
                self.error('Invalid capture group name')
            chars.append(chr(cp))
            first = False
        if not chars:
            self.error('Invalid capture group name')
        return ''.join(chars)

    def unicode_escape_body(self, any_mode):
        """After \\u: XXXX (a surrogate pair \\uXXXX\\uXXXX joins), or {X...} where
        allowed; None if malformed."""
        s = self.src
        if self.peek() == '{' and (self.u or any_mode):
            end = s.find('}', self.pos)
            digits = s[self.pos + 1:end] if end > 0 else ''
            if not digits or any(c not in HEX for c in digits):
                return None
            value = int(digits, 16)
            if value > 0x10FFFF:
                return None
            self.pos = end + 1
            return value
        h = s[self.pos:self.pos + 4]
        if len(h) < 4 or any(c not in HEX for c in h):
            return None
        self.pos += 4
        cp = int(h, 16)
        if 0xD800 <= cp <= 0xDBFF and (self.u or any_mode) and s.startswith('\\u', self.pos):
            h2 = s[self.pos + 2:self.pos + 6]
            if len(h2) == 4 and all(c in HEX for c in h2) and 0xDC00 <= int(h2, 16) <= 0xDFFF:
                self.pos += 6
                return 0x10000 + ((cp - 0xD800) << 10) + (int(h2, 16) - 0xDC00)
        return cp

    def atom_escape(self):
        start = self.pos
        self.pos += 1
        if self.pos >= self.n:
            self.error('\\ at end of pattern')
        c = self.peek()
        if c.isdigit() and c != '0' and c.isascii() and not (
                self.known_groups is not None and
                int(self._digits_at(self.pos)) > self.known_groups):
            # DecimalEscape: a backreference (Annex B: an octal or identity escape when
            # there are not that many groups; decided once all groups are counted)
            j = self.pos
            while j < self.n and self.src[j].isdigit() and self.src[j].isascii():
                j += 1
            number = int(self.src[self.pos:j])
            self.pos = j
            if number > self.max_backref[0]:
                self.max_backref = (number, start)
            return ('backref', number, start)
        if c == 'k' and self.named:
            self.pos += 1
            if not self.eat('<'):
                self.error('Invalid named reference')
            name = self.group_name(start)
            self.refs.append((name, start))
            return ('named_ref', name)
        if c in 'dDsSwW':
            self.pos += 1
            return ('esc', c)
        if c in 'pP' and self.u:
            return self.property_escape()
        return ('char', self.character_escape(False))

    def _digits_at(self, at):
        j = at
        while j < self.n and self.src[j].isdigit() and self.src[j].isascii():
            j += 1
        return self.src[at:j]

    def property_escape(self):
        start = self.pos - 1
        negated = self.peek() == 'P'
        self.pos += 1
        if not self.eat('{'):
            self.error('Invalid property name')
        end = self.src.find('}', self.pos)
        if end < 0:
            self.error('Invalid property name')
        body = self.src[self.pos:end]
        self.pos = end + 1
        name, eq, value = body.partition('=')
        if not name or (eq and not value):
            self.error('Invalid property name', start)
        problem = check_property(name, value if eq else None, self.v)
        if problem == 'strings':
            if negated:
                self.error('Invalid property name', start)
            return ('prop', False, name, None, 'strings')
        if problem:
            self.error(problem, start)
        return ('prop', negated, name, value if eq else None)

    def character_escape(self, in_class):
        """CharacterEscape after the backslash; returns the code point."""
        c = self.peek()
        start = self.pos - 1
        if c in CONTROL_ESCAPES:
            self.pos += 1
            return CONTROL_ESCAPES[c]
        if c == 'c':
            letter = self.peek(1)
            if letter.isascii() and letter.isalpha():
                self.pos += 2
                return ord(letter) % 32
            if in_class and not self.u and (letter.isdigit() and letter.isascii() or
                                            letter == '_'):
                # B.1.2 ClassControlLetter
                self.pos += 2
                return ord(letter) % 32
            if self.u:
                self.error('Invalid unicode escape')
            return ord('\\')   # Annex B: the backslash stands for itself; 'c' follows
        if c == '0' and not (self.peek(1).isdigit() and self.peek(1).isascii()):
            self.pos += 1
            return 0
        if c.isdigit() and c.isascii():
            if self.u:
                self.error('Invalid class escape' if in_class else 'Invalid escape')
            # B.1.2 LegacyOctalEscapeSequence
            j = self.pos
            limit = 3 if c in '0123' else 2
            while j < self.n and j - self.pos < limit and self.src[j] in '01234567':
                j += 1
            if j == self.pos:
                self.pos += 1
                return ord(c)   # \8 \9: identity escapes
            value = int(self.src[self.pos:j], 8)
            self.pos = j
            return value
        if c == 'x':
            h = self.src[self.pos + 1:self.pos + 3]
            if len(h) == 2 and all(ch in HEX for ch in h):
                self.pos += 3
                return int(h, 16)
            if self.u:
                self.error('Invalid escape')
            self.pos += 1
            return ord('x')
        if c == 'u':
            self.pos += 1
            cp = self.unicode_escape_body(False)
            if cp is None:
                if self.u:
                    self.error('Invalid Unicode escape', start)
                return ord('u')
            return cp
        # IdentityEscape
        if self.u:
            if c in SYNTAX_CHARS or c == '/' or (in_class and c == '-'):
                self.pos += 1
                return ord(c)
            self.error('Invalid escape', start)
        if c == 'k' and self.named:
            self.error('Invalid named reference', start)
        return self.source_char()

    # -- character classes ------------------------------------------------------------

    def char_class(self):
        start = self.pos
        self.pos += 1
        negated = self.eat('^')
        if self.v:
            items, strings = self.class_set_expression()
            if negated and strings:
                self.error('Negated character class may contain strings', start)
            return ('class', negated, items)
        items = []
        while True:
            if self.pos >= self.n:
                self.error('Unterminated character class', start)
            if self.eat(']'):
                break
            a = self.class_atom()
            if self.peek() == '-' and self.peek(1) != ']' and self.pos + 1 < self.n:
                self.pos += 1
                b = self.class_atom()
                if a[0] != 'char' or b[0] != 'char':
                    if self.u:
                        self.error('Invalid character class')
                    items.extend([a, ('char', ord('-')), b])   # Annex B: no range
                    continue
                if a[1] > b[1]:
                    self.error('Range out of order in character class')
                items.append(('range', a[1], b[1]))
                continue
            items.append(a)
        return ('class', negated, items)

    def class_atom(self):
        c = self.peek()
        if c == '\\':
            self.pos += 1
            if self.pos >= self.n:
                self.error('\\ at end of pattern')
            d = self.peek()
            if d == 'b':
                self.pos += 1
                return ('char', 8)
            if d == '-' and self.u:
                self.pos += 1
                return ('char', ord('-'))
            if d in 'dDsSwW':
                self.pos += 1
                return ('esc', d)
            if d in 'pP' and self.u:
                p = self.property_escape()
                if len(p) == 5:
                    self.error('Invalid property name in character class')
                return p
            if d == 'k' and not self.u:
                self.pos += 1
                return ('char', ord('k'))
            return ('char', self.character_escape(True))
        return ('char', self.source_char())

    # 22.2.1 ClassSetExpression (v flag): returns (items, may contain strings)
    def class_set_expression(self):
        start = self.pos
        operands = []
        op = None
        strings = False
        first = True
        while True:
            if self.pos >= self.n:
                self.error('Unterminated character class', start)
            if self.eat(']'):
                break
            if self.src.startswith('&&', self.pos) or self.src.startswith('--', self.pos):
                this_op = self.src[self.pos:self.pos + 2]
                if first or (op is not None and op != this_op) or \
                        (op is None and len(operands) > 1):
                    self.error('Invalid set operation in character class')
                op = this_op
                self.pos += 2
                if self.peek() == ']' or (this_op == '&&' and self.peek() == '&'):
                    self.error('Invalid set operation in character class')
                operand, s = self.class_set_operand(False)
                operands.append(operand)
                strings = (strings and s) if this_op == '&&' else strings
                continue
            if op is not None:
                self.error('Invalid set operation in character class')
            operand, s = self.class_set_operand(True)
            first = False
            operands.append(operand)
            strings = strings or s
        if op is not None:
            return [('setop', op, operands)], strings
        return operands, strings

    def class_set_operand(self, allow_range):
        c = self.peek()
        if c == '[':
            start = self.pos
            self.pos += 1
            negated = self.eat('^')
            items, strings = self.class_set_expression()
            if negated and strings:
                self.error('Negated character class may contain strings', start)
            return ('class', negated, items), strings
        if c == '\\':
            if self.peek(1) == 'q':
                return self.class_string_disjunction()
            if self.peek(1) in 'dDsSwW':
                self.pos += 2
                return ('esc', self.src[self.pos - 1]), False
            if self.peek(1) in 'pP':
                self.pos += 1
                p = self.property_escape()
                if len(p) == 5:
                    return p[:4], True
                return p, False
        a = self.class_set_character()
        if allow_range and self.peek() == '-' and self.peek(1) != '-':
            self.pos += 1
            b = self.class_set_character()
            if a > b:
                self.error('Range out of order in character class')
            return ('range', a, b), False
        return ('char', a), False

    def class_set_character(self):
        c = self.peek()
        if not c:
            self.error('Unterminated character class')
        if c == '\\':
            self.pos += 1
            d = self.peek()
            if d == 'b':
                self.pos += 1
                return 8
            if d in DOUBLE_PUNCT or d in SET_SYNTAX:
                self.pos += 1
                return ord(d)
            return self.character_escape(True)
        if c in DOUBLE_PUNCT and self.peek(1) == c:
            self.error('Invalid set operation in character class')
        if c in SET_SYNTAX:
            self.error('Invalid character in character class')
        return self.source_char()

    def class_string_disjunction(self):
        start = self.pos
        self.pos += 2
        if not self.eat('{'):
            self.error('Invalid escape', start)
        strings = []
        current = []
        while True:
            if self.pos >= self.n:
                self.error('Invalid escape', start)
            if self.eat('}'):
                strings.append(current)
                break
            if self.eat('|'):
                strings.append(current)
                current = []
                continue
            current.append(self.class_set_character())
        texts = [''.join(chr(cp) for cp in s) for s in strings]
        return ('strings', texts), any(len(s) != 1 for s in strings)
