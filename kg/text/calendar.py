"""Arabic calendar vocabulary for the date recogniser, as named constants and compiled regexes.

Names are written here in their usual spelling; the patterns are built from their *folded* form
(see FOLD_TABLE / DROPPED_RE): the recogniser in kg.extract.dates matches on folded text and maps
the offsets back to the original.  Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re

from kg.text.chars import DIACRITICS, DIGIT_FOLDING, INVISIBLES, LETTER_FOLDING, TATWEEL

# --------------------------------------------------------------------------- characters
# the character tables are kg.text.chars's; only the regex classes built from them live here
DROPPED_CLASS = "[" + re.escape(TATWEEL + DIACRITICS + INVISIBLES) + "]"
DROPPED_RE = re.compile(DROPPED_CLASS)
KEPT_RUNS_RE = re.compile("[^" + re.escape(TATWEEL + DIACRITICS + INVISIBLES) + "]+")
TRAILING_MARKS_RE = re.compile("[" + re.escape(DIACRITICS + TATWEEL) + "]+")
DIGITS = str.maketrans(DIGIT_FOLDING)
PUNCTUATION_FOLDING = {"“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‹": '"', "›": '"',
                       "–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "٫": ".", "٬": ",",
                       "\u00a0": " ", "\u2009": " ", "\u202f": " "}
# one character in, one character out: offsets survive str.translate unchanged
FOLD_TABLE = str.maketrans(LETTER_FOLDING | PUNCTUATION_FOLDING | DIGIT_FOLDING)


# the same as (src, dst) pairs: a few str.replace scans beat str.translate on long Arabic text
FOLD_PAIRS = tuple((chr(src), dst) for src, dst in FOLD_TABLE.items())


def fold_chars(text: str) -> str:
    """text with FOLD_TABLE applied (same length, same offsets)."""
    for src, dst in FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


def fold(word: str) -> str:
    """A name in the folded form the patterns match against."""
    return fold_chars(DROPPED_RE.sub("", word))


# --------------------------------------------------------------------------- months
GREGORIAN_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
SYRIAC_MONTHS = {
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4,
    "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9,
    "تشرين الأول": 10, "تشرين أول": 10, "تشرين الثاني": 11, "تشرين ثاني": 11,
    "كانون الأول": 12, "كانون أول": 12,
}
MAGHREBI_MONTHS = {
    "جانفي": 1, "فيفري": 2, "مارس": 3, "أفريل": 4, "ابريل": 4, "ماي": 5, "جوان": 6,
    "جويلية": 7, "يوليوز": 7, "أوت": 8, "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "أكتوبر": 10,
    "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12, "دجنبر": 12,
}
MONTH_NUMBERS = {fold(name): number
                 for table in (GREGORIAN_MONTHS, SYRIAC_MONTHS, MAGHREBI_MONTHS)
                 for name, number in table.items()}

# --------------------------------------------------------------------------- days
WEEKDAYS = {  # datetime.date.weekday() numbers
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
WEEKDAY_NUMBERS = {fold(name): number for name, number in WEEKDAYS.items()}
# relative day words -> offset in days from the publication date
RELATIVE_DAYS = {
    "اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "أمس الأول": -2, "أول أمس": -2,
    "أول من أمس": -2, "قبل أمس": -2, "غداً": 1, "غد": 1, "الغد": 1, "بعد غد": 2,
}
RELATIVE_OFFSETS = {fold(name): offset for name, offset in RELATIVE_DAYS.items()}
NEEDS_DAY_PART = frozenset({fold("غد"), fold("الغد")})   # "يوم غد" yes, bare "غد" no
AMBIGUOUS_TOMORROW = fold("غدا")                           # also the verb "became"
DAY_PARTS = ("يوم", "نهار", "مساء", "صباح", "ليلة", "ليل", "فجر", "ظهر", "ظهيرة", "عصر", "صبيحة",
             "ضحى", "منتصف ليل", "منتصف ليلة", "قبيل منتصف ليل")
# qualifiers after a weekday, a month or "العام"
PAST_WORDS = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق")
CURRENT_WORDS = ("الحالي", "الحالية", "الجاري", "الجارية")
NEXT_WORDS = ("المقبل", "المقبلة", "القادم", "القادمة")
QUALIFIERS = ({fold(w): "past" for w in PAST_WORDS} | {fold(w): "current" for w in CURRENT_WORDS}
              | {fold(w): "next" for w in NEXT_WORDS})
QUALIFIER_SHIFT = {"past": -1, "current": 0, "next": 1}
# words that make a bare month name a date ("أواخر نيسان", "شهر آب")
MONTH_MODIFIERS = ("أواخر", "أوائل", "أواسط", "منتصف", "مطلع", "بداية", "بدايات", "نهاية",
                   "نهايات")
YEAR_WORDS = ("عام", "العام", "سنة", "السنة")
CONNECTOR = "الموافق"      # "الثلاثاء الموافق 4 فبراير"
# "اليوم" is not "today" before these words, nor after في / ذلك / نفس / تلك
TODAY_NOT_BEFORE = ("نفسه", "ذاته", "التالي", "السابق", "الأول", "الثاني", "الثالث", "الرابع",
                    "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير",
                    "العالمي", "الوطني", "الدولي", "الذي", "المحدد", "المقرر", "الموعود")
NOT_WEEKDAY_AFTER = {fold("الاثنين"): frozenset({"معا"}), fold("الأحد"): frozenset({"عشر"}),
                     fold("الجمعة"): frozenset({fold("العامة")})}
NOT_WEEKDAY_BEFORE = {fold("الاثنين"): frozenset({"كلا", "بين", "هذين", "هذان"})}


# --------------------------------------------------------------------------- pattern building
def alternation(names) -> str:
    """Folded names as a longest-first regex alternation; spaces match any run of spaces."""
    folded = {fold(n) for n in names}
    parts = (r"\s+".join(re.escape(w) for w in name.split()) for name in folded)
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"


def lead(*word_lists) -> str:
    """A lookahead on the first two letters of the given words: the scan fails fast elsewhere."""
    words = {fold(w) for words in word_lists for w in words}
    firsts = "".join(sorted(re.escape(w[0]) for w in words))
    return f"(?=[{firsts}])(?={'|'.join(sorted(re.escape(w[:2]) for w in words))})"


def _month_pattern(number: int) -> str:
    """One month, alone or doubled with another name of the same month (أيار مايو, مايو/ أيار)."""
    names = alternation(n for n, k in MONTH_NUMBERS.items() if k == number) + r"(?!\w)"
    return (f"(?P<mon{number}>{names}"
            rf"(?:(?:\s*[/\\-]\s*|\s+){names}|\s*\(\s*{names}\s*\))?)")


END = r"(?!\w)"
# a word start, possibly after the conjunctions و / ف; digits must not follow . , : / -
START = r"(?:(?<![\w.,:/\\-])|(?<=(?<![\w.,:/\\-])[وف]))"
MONTHS = "(?:" + "|".join(_month_pattern(k) for k in range(1, 13)) + ")"
QUALIFIER = alternation(QUALIFIERS) + END
YEAR_NUMBER = r"(?:19|20)\d\d(?!\d|[.,]\d)(?:\s?م(?!\w))?"
YEAR_TAIL = (rf"(?:\s*[,،]?\s*(?:(?:من\s+)?{alternation(YEAR_WORDS)}\s+)?(?P<year>{YEAR_NUMBER})"
             rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<yqual>{QUALIFIER})"
             rf"|\s+(?P<qual>{QUALIFIER}))")
DAY = r"(?:ال)?\d{1,2}(?!\d)"
DAY_LIST_JOINERS = ("و", "-", ",", "،", "إلى", "حتى")
DAY_LIST = rf"{DAY}(?:\s*{alternation(DAY_LIST_JOINERS)}\s*{DAY})*"
DAY_NUMBER_RE = re.compile(r"\d{1,2}")
DAY_PART = rf"{alternation(DAY_PARTS)}(?:\s+{alternation(DAY_PARTS)})?"   # "مساء يوم"

# "14 مايو/ أيار 2019", "13 أيار مايو الحالي", "يومي 28 و29 حزيران", "13 مارس من العام الماضي"
DAY_MONTH_RE = re.compile(
    rf"(?=\d|ال\d){START}(?P<days>{DAY_LIST})\s+(?:من\s+)?(?:شهر\s+)?{MONTHS}{YEAR_TAIL}?")
# "أيلول 2018", "أيلول سبتمبر الماضي", "أواخر نيسان أبريل الماضي", "شهر آب"
_MODIFIER = alternation(MONTH_MODIFIERS)
MONTH_RE = re.compile(
    rf"{lead(MONTH_MODIFIERS, ['شهر'], MONTH_NUMBERS)}{START}"
    rf"(?P<pre>{_MODIFIER}\s+(?:شهر\s+)?|شهر\s+)?{MONTHS}{YEAR_TAIL}?")
# "عام 2011", "مطلع 2019", "العام الماضي"
YEAR_RE = re.compile(
    rf"{lead(MONTH_MODIFIERS, YEAR_WORDS)}{START}(?P<pre>{_MODIFIER}\s+)?"
    rf"(?:(?P<kw>{alternation(YEAR_WORDS)})\s+)?"
    rf"(?:(?P<year>{YEAR_NUMBER})|(?P<yqual>{QUALIFIER}))")
# "2019/05/14", "2020-02-04", "14/5/2019", "14-05-2019", "14.5.2019"
NUMERIC_DATE_RE = re.compile(
    r"(?=\d)(?<![\d.,:/\\-])"
    r"(?:(?P<y1>(?:19|20)\d\d)\s?(?P<s1>[/.\-])\s?(?P<m1>\d{1,2})\s?(?P=s1)\s?(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\s?(?P<s2>[/.\-])\s?(?P<m2>\d{1,2})\s?(?P=s2)\s?"
    r"(?P<y2>(?:19|20)\d\d))(?![\d/\\-]|\.\d)")
# "مساء الثلاثاء", "يوم الخميس الماضي", "الجمعة المقبلة"
WEEKDAY_RE = re.compile(
    rf"{lead(DAY_PARTS, WEEKDAYS)}{START}"
    rf"(?:(?P<part>{DAY_PART})\s+)?(?P<wd>{alternation(WEEKDAY_NUMBERS)}){END}"
    rf"(?:\s+(?P<qual>{alternation(PAST_WORDS + NEXT_WORDS)}){END})?")
_TODAY = (r"(?<!في\s)(?<!ذلك\s)(?<!نفس\s)(?<!تلك\s)اليوم"
          rf"(?!\s+{alternation(TODAY_NOT_BEFORE)}{END})")
_YESTERDAY = r"الامس(?!\s+القريب)|امس(?!\s+الحاجه)"
_OTHER_RELATIVE = alternation(k for k in RELATIVE_OFFSETS if k not in {"اليوم", "الامس", "امس"})
# "اليوم", "أمس", "مساء أمس", "أول من أمس", "غداً", "يوم غد", "بالأمس"
RELATIVE_RE = re.compile(
    rf"{lead(DAY_PARTS, RELATIVE_DAYS)}"
    rf"(?:{START}|(?<=(?<!\w)ب)(?=الامس)|(?<=(?<!\w)[وف]ب)(?=الامس))"
    rf"(?:(?P<part>{DAY_PART})\s+)?(?P<rel>{_OTHER_RELATIVE}|{_TODAY}|{_YESTERDAY}){END}")
# what may stand between the parts of one mention: "اليوم – 20 أيار", "الثلاثاء، 14 مايو"
JOINER_RE = re.compile(rf'[\s,،\-"()\[\]]{{0,6}}(?:{CONNECTOR}\s*)?')
CLOSING_PAREN_RE = re.compile(r"\s*\)")
WORD_RE = re.compile(r"\w+")
