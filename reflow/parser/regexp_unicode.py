"""Names for \\p{...} property escapes (22.2.2.9 UnicodeMatchProperty and
UnicodeMatchPropertyValue): the tables of 22.2.2.9.1-3 and the Unicode 17
PropertyValueAliases.txt values of General_Category and Script, each alias mapped to its
canonical (long) name so the RegExp engine sees one spelling per property."""

# Table 67: Binary Unicode property aliases (canonical name, then aliases)
_BINARY = '''
ASCII; ASCII_Hex_Digit AHex; Alphabetic Alpha; Any; Assigned; Bidi_Control Bidi_C;
Bidi_Mirrored Bidi_M; Case_Ignorable CI; Cased; Changes_When_Casefolded CWCF;
Changes_When_Casemapped CWCM; Changes_When_Lowercased CWL;
Changes_When_NFKC_Casefolded CWKCF; Changes_When_Titlecased CWT;
Changes_When_Uppercased CWU; Dash; Default_Ignorable_Code_Point DI; Deprecated Dep;
Diacritic Dia; Emoji; Emoji_Component EComp; Emoji_Modifier EMod;
Emoji_Modifier_Base EBase; Emoji_Presentation EPres; Extended_Pictographic ExtPict;
Extender Ext; Grapheme_Base Gr_Base; Grapheme_Extend Gr_Ext; Hex_Digit Hex;
IDS_Binary_Operator IDSB; IDS_Trinary_Operator IDST; ID_Continue IDC; ID_Start IDS;
Ideographic Ideo; Join_Control Join_C; Logical_Order_Exception LOE; Lowercase Lower; Math;
Noncharacter_Code_Point NChar; Pattern_Syntax Pat_Syn; Pattern_White_Space Pat_WS;
Quotation_Mark QMark; Radical; Regional_Indicator RI; Sentence_Terminal STerm;
Soft_Dotted SD; Terminal_Punctuation Term; Unified_Ideograph UIdeo; Uppercase Upper;
Variation_Selector VS; White_Space space; XID_Continue XIDC; XID_Start XIDS
'''

# Table 68: Value aliases and canonical values for General_Category
_GENERAL_CATEGORY = '''
Cased_Letter LC; Close_Punctuation Pe; Connector_Punctuation Pc; Control Cc cntrl;
Currency_Symbol Sc; Dash_Punctuation Pd; Decimal_Number Nd digit; Enclosing_Mark Me;
Final_Punctuation Pf; Format Cf; Initial_Punctuation Pi; Letter L; Letter_Number Nl;
Line_Separator Zl; Lowercase_Letter Ll; Mark M Combining_Mark; Math_Symbol Sm;
Modifier_Letter Lm; Modifier_Symbol Sk; Nonspacing_Mark Mn; Number N;
Open_Punctuation Ps; Other C; Other_Letter Lo; Other_Number No; Other_Punctuation Po;
Other_Symbol So; Paragraph_Separator Zp; Private_Use Co; Punctuation P punct;
Separator Z; Space_Separator Zs; Spacing_Mark Mc; Surrogate Cs; Symbol S;
Titlecase_Letter Lt; Unassigned Cn; Uppercase_Letter Lu
'''

# Table 69: Value aliases and canonical values for Script and Script_Extensions
_SCRIPT = '''
Adlam Adlm; Caucasian_Albanian Aghb; Ahom; Arabic Arab; Imperial_Aramaic Armi;
Armenian Armn; Avestan Avst; Balinese Bali; Bamum Bamu; Bassa_Vah Bass; Batak Batk;
Bengali Beng; Beria_Erfe Berf; Bhaiksuki Bhks; Bopomofo Bopo; Brahmi Brah; Braille Brai;
Buginese Bugi; Buhid Buhd; Chakma Cakm; Canadian_Aboriginal Cans; Carian Cari; Cham;
Cherokee Cher; Chorasmian Chrs; Coptic Copt Qaac; Cypro_Minoan Cpmn; Cypriot Cprt;
Cyrillic Cyrl; Devanagari Deva; Dives_Akuru Diak; Dogra Dogr; Deseret Dsrt;
Duployan Dupl; Egyptian_Hieroglyphs Egyp; Elbasan Elba; Elymaic Elym; Ethiopic Ethi;
Garay Gara; Georgian Geor; Glagolitic Glag; Gunjala_Gondi Gong; Masaram_Gondi Gonm;
Gothic Goth; Grantha Gran; Greek Grek; Gujarati Gujr; Gurung_Khema Gukh; Gurmukhi Guru;
Hangul Hang; Han Hani; Hanunoo Hano; Hatran Hatr; Hebrew Hebr; Hiragana Hira;
Anatolian_Hieroglyphs Hluw; Pahawh_Hmong Hmng; Nyiakeng_Puachue_Hmong Hmnp;
Katakana_Or_Hiragana Hrkt; Old_Hungarian Hung; Old_Italic Ital; Javanese Java;
Kayah_Li Kali; Katakana Kana; Kawi; Kharoshthi Khar; Khmer Khmr; Khojki Khoj;
Khitan_Small_Script Kits; Kannada Knda; Kirat_Rai Krai; Kaithi Kthi; Tai_Tham Lana;
Lao Laoo; Latin Latn; Lepcha Lepc; Limbu Limb; Linear_A Lina; Linear_B Linb; Lisu;
Lycian Lyci; Lydian Lydi; Mahajani Mahj; Makasar Maka; Mandaic Mand; Manichaean Mani;
Marchen Marc; Medefaidrin Medf; Mende_Kikakui Mend; Meroitic_Cursive Merc;
Meroitic_Hieroglyphs Mero; Malayalam Mlym; Modi; Mongolian Mong; Mro Mroo;
Meetei_Mayek Mtei; Multani Mult; Myanmar Mymr; Nag_Mundari Nagm; Nandinagari Nand;
Old_North_Arabian Narb; Nabataean Nbat; Newa; Nko Nkoo; Nushu Nshu; Ogham Ogam;
Ol_Chiki Olck; Ol_Onal Onao; Old_Turkic Orkh; Oriya Orya; Osage Osge; Osmanya Osma;
Old_Uyghur Ougr; Palmyrene Palm; Pau_Cin_Hau Pauc; Old_Permic Perm; Phags_Pa Phag;
Inscriptional_Pahlavi Phli; Psalter_Pahlavi Phlp; Phoenician Phnx; Miao Plrd;
Inscriptional_Parthian Prti; Rejang Rjng; Hanifi_Rohingya Rohg; Runic Runr;
Samaritan Samr; Old_South_Arabian Sarb; Saurashtra Saur; SignWriting Sgnw; Shavian Shaw;
Sharada Shrd; Siddham Sidd; Sidetic Sidt; Khudawadi Sind; Sinhala Sinh; Sogdian Sogd;
Old_Sogdian Sogo; Sora_Sompeng Sora; Soyombo Soyo; Sundanese Sund; Sunuwar Sunu;
Syloti_Nagri Sylo; Syriac Syrc; Tagbanwa Tagb; Takri Takr; Tai_Le Tale; New_Tai_Lue Talu;
Tamil Taml; Tangut Tang; Tai_Viet Tavt; Tai_Yo Tayo; Telugu Telu; Tifinagh Tfng;
Tagalog Tglg; Thaana Thaa; Thai; Tibetan Tibt; Tirhuta Tirh; Tangsa Tnsa; Todhri Todr;
Tolong_Siki Tols; Toto; Tulu_Tigalari Tutg; Ugaritic Ugar; Vai Vaii; Vithkuqi Vith;
Warang_Citi Wara; Wancho Wcho; Old_Persian Xpeo; Cuneiform Xsux; Yezidi Yezi; Yi Yiii;
Zanabazar_Square Zanb; Inherited Zinh Qaai; Common Zyyy; Unknown Zzzz
'''


def _aliases(text):
    table = {}
    for entry in text.split(';'):
        names = entry.split()
        for name in names:
            table[name] = names[0]
    return table


BINARY = _aliases(_BINARY)
GENERAL_CATEGORY = _aliases(_GENERAL_CATEGORY)
SCRIPT = _aliases(_SCRIPT)

# Table 66: Non-binary Unicode property aliases and their canonical property names
PROPERTY_NAMES = {'General_Category': 'General_Category', 'gc': 'General_Category',
                  'Script': 'Script', 'sc': 'Script',
                  'Script_Extensions': 'Script_Extensions', 'scx': 'Script_Extensions'}

# Table 70: Binary Unicode properties of strings (v flag only)
STRING_PROPERTIES = frozenset('''
Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence
RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji
'''.split())


def resolve_property(name, value, unicode_sets):
    """22.2.1.1 early errors of UnicodePropertyValueExpression: the canonical
    (property, value) of \\p{name=value} (value None for \\p{name}), with value None for
    a binary property; 'strings' as the value for a property of strings (allowed only
    with the v flag); None when the names are not valid."""
    if value is None:
        canonical = GENERAL_CATEGORY.get(name)
        if canonical is not None:
            return 'General_Category', canonical
        canonical = BINARY.get(name)
        if canonical is not None:
            return canonical, None
        if unicode_sets and name in STRING_PROPERTIES:
            return name, 'strings'
        return None
    prop = PROPERTY_NAMES.get(name)
    if prop is None:
        return None
    canonical = (GENERAL_CATEGORY if prop == 'General_Category' else SCRIPT).get(value)
    if canonical is None:
        return None
    return prop, canonical
