"""22.2.1 CharacterClass: ClassContents as NonemptyClassRanges (B.1.2 forms without the
u flag) and, with the v flag, as ClassSetExpression (unions, && intersections, --
subtractions, nested classes, \\q{...} strings) with MayContainStrings (22.2.1.6).
A mixin of the pattern parser in regexp.py; tree nodes are described there."""

# 22.2.1 ClassSetReservedDoublePunctuator (each doubled), ClassSetSyntaxCharacter and
# ClassSetReservedPunctuator
DOUBLE_PUNCTUATORS = '&!#$%*+,.:;<=>?@^`~'
SET_SYNTAX = '()[]{}/-\\|'
RESERVED_PUNCTUATORS = '&-!#%,:;<=>@`~'
CLASS_ESCAPES = 'dDsSwW'
MAX_CLASS_NESTING = 2000


class ClassParser:
    class_depth = 0

    def char_class(self):
        """CharacterClass; the position is at '['."""
        start = self.pos
        self.pos += 1
        negated = self.eat('^')
        if self.v:
            items, strings = self.class_set_expression(start)
            if negated and strings:
                self.error('Negated character class may contain strings', start)
            return ('class', negated, items)
        return ('class', negated, self.class_ranges(start))

    # -- NonemptyClassRanges ([~UnicodeSetsMode]) ------------------------------------

    def class_ranges(self, start):
        items = []
        src, n = self.src, self.n
        while True:
            if self.pos >= n:
                self.error('Unterminated character class', start)
            if src[self.pos] == ']':
                self.pos += 1
                return items
            a = self.class_atom()
            if self.pos + 1 < n and src[self.pos] == '-' and src[self.pos + 1] != ']':
                at = self.pos
                self.pos += 1
                b = self.class_atom()
                if a[0] != 'char' or b[0] != 'char':
                    # 22.2.1.1: a class escape cannot end a range; B.1.2 without u:
                    # the three atoms stand for themselves
                    if self.u:
                        self.error('Invalid character class', at)
                    items.extend((a, ('char', 0x2D), b))
                elif a[1] > b[1]:
                    self.error('Range out of order in character class', at)
                else:
                    items.append(('range', a[1], b[1]))
            else:
                items.append(a)

    def class_atom(self):
        """ClassAtom (B.1.2 ClassAtomNoDash and ClassEscape forms without u)."""
        if self.src[self.pos] != '\\':
            return ('char', self.source_char())
        start = self.pos
        self.pos += 1
        if self.pos >= self.n:
            self.error('\\ at end of pattern', start)
        c = self.src[self.pos]
        if c == 'b':
            self.pos += 1
            return ('char', 8)
        if c == '-' and self.u:
            self.pos += 1
            return ('char', 0x2D)
        if c in CLASS_ESCAPES:
            self.pos += 1
            return ('esc', c)
        if c in 'pP' and self.u:
            return self.property_escape(True)
        return ('char', self.character_escape(True))

    # -- ClassSetExpression ([+UnicodeSetsMode]) -------------------------------------

    def class_set_expression(self, start):
        """ClassUnion, ClassIntersection or ClassSubtraction up to and including ']':
        (items, MayContainStrings)."""
        src = self.src
        if self.pos < self.n and src[self.pos] == ']':
            self.pos += 1
            return [], False
        first, strings, is_range = self.class_set_operand(start, True)
        op = src[self.pos:self.pos + 2]
        if op == '&&' or op == '--':
            if is_range:
                self.error('Invalid set operation in character class')
            operands = [first]
            while True:
                if self.eat(op):
                    if op == '&&' and self.peek() == '&':
                        self.error('Invalid character in character class')
                    operand, s, _ = self.class_set_operand(start, False)
                    operands.append(operand)
                    if op == '&&':
                        strings = strings and s   # an intersection's strings: all sides
                    continue
                if self.pos >= self.n:
                    self.error('Unterminated character class', start)
                if src[self.pos] == ']':
                    self.pos += 1
                    return [('setop', op, operands)], strings
                self.error('Invalid set operation in character class')
        items = [first]
        while True:
            if self.pos >= self.n:
                self.error('Unterminated character class', start)
            if src[self.pos] == ']':
                self.pos += 1
                return items, strings
            op = src[self.pos:self.pos + 2]
            if op == '&&' or op == '--':
                self.error('Invalid set operation in character class')
            item, s, _ = self.class_set_operand(start, True)
            items.append(item)
            strings = strings or s

    def class_set_operand(self, start, allow_range):
        """ClassSetOperand, or with ``allow_range`` a ClassSetRange: (node,
        MayContainStrings, is a range)."""
        if self.pos >= self.n:
            self.error('Unterminated character class', start)
        c = self.src[self.pos]
        if c == '[':
            nested = self.pos
            self.class_depth += 1
            if self.class_depth >= MAX_CLASS_NESTING:
                self.error('Regular expression too large')
            self.pos += 1
            negated = self.eat('^')
            items, strings = self.class_set_expression(nested)
            self.class_depth -= 1
            if negated and strings:
                self.error('Negated character class may contain strings', nested)
            return ('class', negated, items), strings and not negated, False
        if c == '\\':
            d = self.peek(1)
            if d == 'q':
                return self.class_string_disjunction()
            if d and d in CLASS_ESCAPES:
                self.pos += 2
                return ('esc', d), False, False
            if d and d in 'pP':
                self.pos += 1
                node = self.property_escape(True)
                return node, len(node) == 5, False
        a = self.class_set_character()
        if allow_range and self.peek() == '-' and self.peek(1) != '-':
            at = self.pos
            self.pos += 1
            b = self.class_set_character()
            if a > b:
                self.error('Range out of order in character class', at)
            return ('range', a, b), False, True
        return ('char', a), False, False

    def class_set_character(self):
        """ClassSetCharacter: its code point."""
        if self.pos >= self.n:
            self.error('Unterminated character class')
        c = self.src[self.pos]
        if c == '\\':
            self.pos += 1
            if self.pos >= self.n:
                self.error('\\ at end of pattern')
            d = self.src[self.pos]
            if d == 'b':
                self.pos += 1
                return 8
            if d in RESERVED_PUNCTUATORS:
                self.pos += 1
                return ord(d)
            return self.character_escape(True)
        if c in DOUBLE_PUNCTUATORS and self.peek(1) == c:
            self.error('Invalid set operation in character class')
        if c in SET_SYNTAX:
            self.error('Invalid character in character class')
        return self.source_char()

    def class_string_disjunction(self):
        """\\q{ ClassString | ... }: (('strings', [str, ...]), MayContainStrings,
        False); an empty or longer-than-one string may contain strings."""
        start = self.pos
        self.pos += 2
        if not self.eat('{'):
            self.error('Invalid escape', start)
        strings = []
        current = []
        while True:
            if self.pos >= self.n:
                self.error('Unterminated character class', start)
            c = self.src[self.pos]
            if c == '}' or c == '|':
                self.pos += 1
                strings.append(''.join(map(chr, current)))
                if c == '}':
                    break
                current = []
                continue
            current.append(self.class_set_character())
        # lengths count code points: a joined surrogate pair is one character
        return ('strings', strings), any(len(s) != 1 for s in strings), False
