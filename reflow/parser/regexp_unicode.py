"""Names for 22.2.2.9 \\p{...} property escapes: the binary properties, the
General_Category values with their aliases (Unicode's PropertyValueAliases.txt), and the
properties of strings (v flag only). Script values are checked against the `regex`
module's Unicode data, spelled as Unicode spells them."""
import re

BINARY = frozenset('''
ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C
Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF
Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded
CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point
DI Deprecated Dep Diacritic Dia Emoji Emoji_Component EComp Emoji_Modifier EMod
Emoji_Modifier_Base EBase Emoji_Presentation EPres Extended_Pictographic ExtPict Extender Ext
Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB
IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C
Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar
Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator
RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo
Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS
'''.split())

GENERAL_CATEGORY = frozenset('''
Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl
Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me
Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl
Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm
Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo
Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co
Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S
Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu
'''.split())

STRING_PROPERTIES = frozenset('''
Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence
RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji
'''.split())

_SCRIPT_SPELLING = re.compile(r'^[A-Z][a-z]*(?:_[A-Z][a-z]*)*$|^[A-Z][a-z]{3}$')
_SCRIPT_CACHE = {}


def is_script(value):
    """A Script / Script_Extensions value (long name or four-letter alias)."""
    ok = _SCRIPT_CACHE.get(value)
    if ok is None:
        ok = bool(_SCRIPT_SPELLING.match(value)) or value in ('Nko', 'Nkoo', 'SignWriting',
                                                             'Phags_Pa', 'Hanifi_Rohingya')
        if ok:
            try:
                import regex
                regex.compile(r'\p{Script=%s}' % value)
            except Exception:
                ok = False
            if value in GENERAL_CATEGORY or value in BINARY:
                ok = value in ('Common', 'Latin') or ok and value not in BINARY
        _SCRIPT_CACHE[value] = ok
    return ok


def check_property(name, value, unicode_sets):
    """None if \\p{name=value} (value None: \\p{name}) is valid, else the error text; a
    property of strings returns 'strings'."""
    if value is None:
        if name in GENERAL_CATEGORY or name in BINARY:
            return None
        if unicode_sets and name in STRING_PROPERTIES:
            return 'strings'
        return 'Invalid property name'
    if name in ('General_Category', 'gc'):
        return None if value in GENERAL_CATEGORY else 'Invalid property name'
    if name in ('Script', 'sc', 'Script_Extensions', 'scx'):
        return None if is_script(value) else 'Invalid property name'
    return 'Invalid property name'
