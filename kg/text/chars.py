"""Arabic character tables and regexes, as named constants (cf. spacy/lang/ar/punctuation.py)."""

from __future__ import annotations

import re

TATWEEL = "\u0640"
# harakat, tanwin, shadda, sukun, superscript alef, Quranic marks
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE)
)
# format characters that carry no letter: bidi marks, zero-width joiners, soft hyphen
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\ufeff\u061c"
DROPPED_CHARS = frozenset(TATWEEL + DIACRITICS + INVISIBLES)

# one letter for the alef/hamza/ya/ta-marbuta families, for matching only
LETTER_FOLDING = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
}

# quote marks of every script folded to the ASCII double quote
QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚‛`´"
QUOTE_FOLDING = {q: '"' for q in QUOTE_MARKS}

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_FOLDING = {d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)} | {
    d: str(i) for i, d in enumerate(PERSIAN_DIGITS)
}

CHAR_FOLDING = LETTER_FOLDING | QUOTE_FOLDING | DIGIT_FOLDING

ARABIC_COMMA = "،"
ARABIC_SEMICOLON = "؛"
ARABIC_QUESTION_MARK = "؟"
# no-break and thin spaces are split off like punctuation (spaCy only splits on " ")
ODD_SPACES = "\u00a0\u2009\u202f\u2002\u2003"
PUNCTUATION_SPLIT = ODD_SPACES + QUOTE_MARKS + "()[]{}/\\" + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_QUESTION_MARK + ":!…–—|*"

# proclitics, longest first, as they appear on a normalised token
# (ولل = wa + li + al, بال = bi + al, ...). "لل" stands for li + al with the alef dropped.
# A bare "ف" is left out: it starts too many words ("فعالية" is not ف + "عالية", a town).
PROCLITICS = ("وبال", "وكال", "ولل", "فال", "فبال", "بال", "كال", "وال", "لل", "وب", "ول", "وك", "و", "ب", "ل", "ك")
# what a proclitic that swallowed the article leaves in front of the stem
PROCLITIC_ARTICLE = {"لل": "ال", "ولل": "ال", "بال": "ال", "وبال": "ال", "كال": "ال", "وكال": "ال", "فال": "ال", "فبال": "ال", "وال": "ال"}
DEFINITE_ARTICLE = "ال"
# clitic written apart with a tatweel, as in لـ"إحباط" or بـ"الهجوم"
TATWEEL_CLITIC_RE = re.compile(r"^(?:و|ف)?[بلك]ـ")

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")

# Arabic -> Latin transliteration used only to make ASCII slugs for names with no English label
TRANSLITERATION = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "", "ئ": "y", "ؤ": "w",
}
