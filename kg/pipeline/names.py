"""Personal names after a title: where a name starts and ends, and whether it is a name at all.

A token of a name is judged by what it is made of:
- a stop word ends a name: punctuation, function words, news verbs, institutions, clubs, places,
  titles, a conjunction-led word ("وأمل"), a preposition with the article ("للصحافيين"), an
  adverbial accusative ("احتجاجاً")
- a doubtful word (the shape of a verb, a noun with a preposition, a feminine noun) belongs to a
  name only when it is a known given name or when the article uses it again on its own
  ("… ألكسيس تسيبراس … وقال تسيبراس")
- a name has two words or more; it starts with a given name or a name particle, or its family name
  comes back elsewhere in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from spacy.tokens import Doc

from kg.pipeline.article_words import article_counts, used_as_common_noun
from kg.pipeline.vocabulary import is_quote
from kg.text.chars import ARABIC_LETTER_RE
from kg.text.lexicon import (
    ADVERBIAL_ACCUSATIVES,
    INSTITUTION_HEADS,
    NEWS_VERBS,
    NON_NAME_WORDS,
    RELATIVE_PRONOUNS,
    REPORTING_COMPLEMENTIZERS,
    SPORTS_WORDS,
)
from kg.text.name_lexicon import (
    FOREIGN_PARTICLES,
    GIVEN_NAMES,
    HONORIFIC_WORDS,
    LATIN_INITIALS,
    NAME_PARTICLES,
    NAMES_UNLIKE_THEIR_FOLD,
)
from kg.text.normalize import normalize_text, strip_marks

MAX_NAME_TOKENS = 7
PREPOSITIONS = ("ب", "ل")  # glued to the word they govern
MAX_APPOSITION_TOKENS = 4
TANWIN = "\u064b\u064c\u064d"
# the article behind a preposition or conjunction: "للصحافيين"، "بالنادي"، "والأميرة"
CLITIC_ARTICLE_RE = re.compile(r"^(?:لل|[وف]?[بك]ال|[وف]ال|ولل)")
# shapes a name never has (unless it is a known given name):
# a feminine noun ("منظمة"، "بفترة")، a feminine plural ("تصريحات")، a verbal noun ("تحرير"، "إدخال"،
# "مشاركة"، "استقبال")، an adverbial accusative ("موضحا"، "قائلا"، "احتجاجا")
NOUN_SHAPES = (
    re.compile(r"^.{2,}ة$"),
    re.compile(r"^.{3,}ات$"),
    re.compile(r"^ت..ي.$|^ت.ا..$|^م.ا..ة$|^[اإ]..ا.$|^[اإ]ست...$|^است..ا.$|^ان..ا.$|^ا.ت.ا.$"),
    re.compile(r"^(?:م.{3,}|[اأإ].{4,}|.ا.{2}|.{2}و.)ا$"),
    re.compile(r"^أ..ا.$"),  # a broken plural: "أحزاب"، "أطراف"، "أعضاء"
)
# shapes a name may have but a verb or a phrase has more often; the word must come back in the
# article on its own: imperfect and perfect verbs ("يتأهب"، "دخلت"، "سقطوا"، "أعاد")، a preposition
# glued to a word ("بقصف"، "لإقرار")، a verb with its object ("هنأه")
VERB_SHAPES = (
    re.compile(r"^[يتن].{3,}$"),
    re.compile(r"^.{3,}(?<!ا)ت$|^.{2,}وا$"),
    re.compile(r"^أ...$"),
    re.compile(r"^[بلكف].{2,}$"),
    re.compile(r"^.{3,}(?:ه|ها|هم|هما)$"),
)
# a word with a pronoun ending ("بلاده"، "رحمه"): it recurs as often as the noun it is built on
PRONOUN_SUFFIXED = VERB_SHAPES[4:5]
# the future: "سـ" and an imperfect verb ("سيستخدم"، "سنرسل"، "ستواصل"). It never starts a name,
# nor follows a whole one ("شينزو آبي سيزور"); after one given name the word is the family name
# ("فريدون سينرلي").
FUTURE_VERB_RE = re.compile(r"^س[يتن].{3,}$")
FULL_STOP = "."
HYPHEN = "-"
# particles that continue a name but never start one
INNER_PARTICLES = frozenset(normalize_text(w) for w in ("بن", "ابن", "بنت", "ولد", "آل", "ذو", "ذي"))
COMPOUND_HEAD = normalize_text("عبد")
GOD = normalize_text("الله")
# words that open what a person said or did: a name closes before them
NAME_CLOSERS = REPORTING_COMPLEMENTIZERS | NEWS_VERBS
# words after which a doubtful last word ends the name: "… كيري ردا على"، "… مشرفة الذي"
WORD_CLOSERS = NAME_CLOSERS | ADVERBIAL_ACCUSATIVES | RELATIVE_PRONOUNS
STOP_WORDS = NON_NAME_WORDS | NEWS_VERBS | INSTITUTION_HEADS | SPORTS_WORDS | HONORIFIC_WORDS


class NameReader:
    """Reads the personal name that starts at a token, if there is one."""

    def __init__(self, doc: Doc, blocked: set[int]):
        self.doc = doc
        self.blocked = blocked  # tokens of gazetteer entities, titles and nationality adjectives

    @cached_property
    def counts(self) -> Counter[str]:
        """How often each word form occurs in the article (counted when a name is first read)."""
        return article_counts(self.doc)

    def read(self, start: int, delimited: bool = False) -> int | None:
        """The end of the name starting at `start`, or None when no name starts there.

        `delimited`: the name follows a comma, quote or bracket; when punctuation also closes it
        ("، يوهان شميت،"), its words need not be confirmed one by one.
        """
        if self.normal(start) in INNER_PARTICLES:
            return None
        end = start
        while end < len(self.doc) and end - start < MAX_NAME_TOKENS and self.extends(start, end):
            end += 1
        if delimited:
            closed = start
            while closed < len(self.doc) and closed - start < MAX_APPOSITION_TOKENS and self.fits_apposition(closed, start):
                closed += 1
            if closed > end and self.closes(closed):
                end = closed
        while end - start >= 2 and (self.is_particle(end - 1) or self.doc[end - 1].text == FULL_STOP):
            end -= 1  # "محمد بن" is not a name
        if end - start < 2 or not self.anchored(start, end):
            return None
        if end - start == 2 and end < len(self.doc) and self.is_cut(end):
            return None  # "إسماعيل عمر جيلة": two given names and a family name we cannot read
        return end

    def is_cut(self, index: int) -> bool:
        """Whether the name seems cut before a family name: it ends in a given name ("قربان علي
        بردي محمدوف"), and the next word is neither punctuation nor a word that is never part of a name."""
        return self.is_given(index - 1) and not self.is_stop(index, False)

    def extends(self, start: int, index: int) -> bool:
        """Whether the token at `index` continues the name begun at `start`."""
        if index > start and self.is_initial_stop(index):
            return True  # "جون بي. إمرسون"
        if index > start + 1 and self.is_initial_stop(index - 1):
            return True  # the family name after an initial: "جون إف. كينيدي"
        if index > start and self.normal(index - 1) in INNER_PARTICLES and self.is_word(index):
            return True  # "أحمد بن سيف آل ثاني": after "بن"، "آل" a name, whatever the word
        if index > start and (self.is_glued_hyphen(index) or self.is_glued_hyphen(index - 1)):
            return True  # "إيمانويل إيسوزي-نجونديت"
        if self.is_stop(index, first=index == start):
            return False
        if index > start and (self.is_particle(index - 1) or self.normal(index) == GOD):
            return True  # "عبد الله"، "بن نايف"، "آل سعود"، "رامي الحمد الله"
        if self.is_given(index):
            return True
        if index - start >= 2 and FUTURE_VERB_RE.match(strip_marks(self.doc[index].text)):
            return False
        if self.has_shape(index, NOUN_SHAPES):  # "إسماعيل عمر جيلة،" but not "الزياني بشدة،"
            return self.after_given_names(start, index) and self.is_last_word(index, loose=True) and not self.has_shape(index, VERB_SHAPES[3:4])
        if self.has_shape(index, VERB_SHAPES) and not self.confirmed(index):
            return self.after_given_names(start, index) and self.is_last_word(index, loose=True)  # "خالد محفوظ بحاح،"
        if self.has_article(index) and index > start + 1 and self.has_article(index - 1):
            return self.closes_article_run(index)  # "محمد الخالد الحمد الصباح إن"، not "ناصر المحمد الوفد"
        # "عمر البشير حفل": after a family name with the article, a noun
        return not (index > start + 1 and self.has_article(index - 1) and not self.has_article(index))

    def after_given_names(self, start: int, index: int) -> bool:
        """Two name words before, or one given name: a family name may follow."""
        return index - start >= 2 or (index - start == 1 and self.is_given(start))

    def closes_article_run(self, index: int) -> bool:
        """A run of family names with the article ends at punctuation or a reporting word."""
        while index < len(self.doc) and self.has_article(index) and not self.is_stop(index, False):
            index += 1
        return self.is_last_word(index - 1)

    def confirmed(self, index: int) -> bool:
        """A doubtful word the article uses again on its own, never as a common noun, and that
        governs nothing after it ("بحضور الرئيس" governs a title)."""
        if self.is_common_noun(index):
            return False
        return self.recurs(index) and not (index + 1 < len(self.doc) and index + 1 in self.blocked)

    def is_common_noun(self, index: int) -> bool:
        """The article also writes the word with the article, an accusative, plural or pronoun
        ending ("الجهود" beside "جهود"): a common noun, however often it recurs."""
        if self.is_given(index) or self.is_particle(index):
            return False
        return used_as_common_noun(self.normal(index), self.counts)

    def is_initial_stop(self, index: int) -> bool:
        """The full stop after a Latin initial spelled out ("بي."), with the name going on after it."""
        return (
            self.doc[index].text == FULL_STOP and self.normal(index - 1) in LATIN_INITIALS
            and index + 1 < len(self.doc) and not self.is_stop(index + 1, False)
        )

    def is_word(self, index: int) -> bool:
        token = self.doc[index]
        return index not in self.blocked and bool(ARABIC_LETTER_RE.match(token.text)) and not is_quote(token)

    def is_glued_hyphen(self, index: int) -> bool:
        """A hyphen written between two words of a name with no space: "إيسوزي-نجونديت"."""
        token = self.doc[index]
        return (
            token.text == HYPHEN and not token.whitespace_ and index > 0 and not self.doc[index - 1].whitespace_
            and index + 1 < len(self.doc) and self.is_word(index - 1) and self.is_word(index + 1)
        )

    def is_formula(self, index: int) -> bool:
        """A prayer after a name: a verb with its pronoun before "الله" ("رحمه الله"، "حفظه الله")."""
        following = index + 1
        return following < len(self.doc) and self.normal(following) == GOD and self.has_shape(index, PRONOUN_SUFFIXED)

    def is_last_word(self, index: int, loose: bool = False) -> bool:
        """A doubtful word right before punctuation, after two name words, ends the name: "… جيلة،".
        `loose`: a single doubtful word also ends it before a relative pronoun, an adverbial or a
        future verb ("… كيري ردا على"، "… مشرفة الذي"، "… كيري سيزور")."""
        following = index + 1
        if following >= len(self.doc) or self.doc[following].is_punct:
            return True
        word = strip_marks(self.doc[following].text)
        if loose and FUTURE_VERB_RE.match(word):
            return True
        return normalize_text(word) in (WORD_CLOSERS if loose else NAME_CLOSERS)  # "… بيكروفت إن"

    def fits_apposition(self, index: int, start: int) -> bool:
        return not self.is_stop(index, index == start) and not self.has_shape(index, NOUN_SHAPES)

    def is_stop(self, index: int, first: bool) -> bool:
        token = self.doc[index]
        text = strip_marks(token.text)
        if not first and self.normal(index) in FOREIGN_PARTICLES and index + 1 < len(self.doc):
            return self.is_stop(index + 1, False)  # "جان إيف لو دريان"، "جيرارد فان بوهيمن"
        if index in self.blocked or token.is_space or token.is_punct or is_quote(token) or token.like_num:
            return True
        if not ARABIC_LETTER_RE.match(token.text) or any(mark in token.text for mark in TANWIN) or len(text) < 2:
            return True
        norm = normalize_text(text)
        if text in NAMES_UNLIKE_THEIR_FOLD:
            return False
        if norm in STOP_WORDS or token.norm_ in STOP_WORDS or CLITIC_ARTICLE_RE.match(norm):
            return True
        if first and FUTURE_VERB_RE.match(text) and not self.is_given(index):
            return True  # "الرئيس الأميركي سيستخدم حرب العراق": a verb in the future
        if self.is_formula(index):
            return True
        if norm.startswith("و") and not self.is_given(index) and norm not in NAME_PARTICLES:
            return True  # "وأمل كلوني"، "وزاد": a conjunction opens another phrase
        if text[:1] in PREPOSITIONS and any(shape.match(text[1:]) for shape in NOUN_SHAPES) and not self.is_given(index):
            return True  # "بارتكاب"، "لإقرار": a preposition and a verbal noun, however often repeated
        if self.has_article(index) and not self.is_given(index):
            # a family name with the article: "أيمن الصفدي"، "محمد الخالد الحمد"، "عبد الله"
            previous = self.is_particle(index - 1) or self.is_given(index - 1) or self.has_article(index - 1)
            previous = previous or (index >= 2 and self.normal(index - 2) in INNER_PARTICLES)  # "مبارك بن بنيه الخرينج"
            return first or not (previous or self.is_nisba(index))
        return False

    def closes(self, index: int) -> bool:
        """Punctuation or a quote right after a name closes it."""
        return index >= len(self.doc) or self.doc[index].is_punct or is_quote(self.doc[index])

    def normal(self, index: int) -> str:
        return normalize_text(strip_marks(self.doc[index].text))

    def has_shape(self, index: int, shapes) -> bool:
        text = strip_marks(self.doc[index].text)
        return any(shape.match(text) for shape in shapes)

    def has_article(self, index: int) -> bool:
        return index >= 0 and strip_marks(self.doc[index].text).startswith("ال")

    def is_given(self, index: int) -> bool:
        """A given name, or the second word of a compound one ("عبد العزيز")."""
        if index < 0:
            return False
        return self.normal(index) in GIVEN_NAMES or (index > 0 and self.normal(index - 1) == COMPOUND_HEAD)

    def is_particle(self, index: int) -> bool:
        return index >= 0 and self.normal(index) in NAME_PARTICLES

    def is_nisba(self, index: int) -> bool:
        """A family name with the article and the nisba ending: "الصفدي"، "الجبوري"."""
        text = self.normal(index)
        return text.startswith("ال") and text.endswith("ي") and len(text) > 4 and text not in STOP_WORDS

    def recurs(self, index: int) -> bool:
        """Whether the article uses the word again, alone or behind a proclitic."""
        return self.counts[normalize_text(self.doc[index].text)] >= 2

    def anchored(self, start: int, end: int) -> bool:
        """A name starts with a given name or a particle ("عبد"، "أبو"), or its family name (no
        article, no doubtful shape, no pronoun ending) comes back in the article, and none of its
        words is one the article uses as a common noun ("جهود دعم الشرعية … الجهود")."""
        if end - start == 2 and self.normal(start) == COMPOUND_HEAD:
            return False  # "عبد الله" alone is a given name, not yet a person
        if self.is_given(start) or self.is_particle(start):
            return True
        last = end - 1
        plain = not self.has_article(last) and not self.has_shape(start, VERB_SHAPES) and not self.has_shape(last, PRONOUN_SUFFIXED)
        return plain and self.recurs(last) and not any(self.is_common_noun(i) for i in range(start, end))
