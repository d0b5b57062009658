"""Where a title stands, and what that says about the name after it.

- a title that completes a noun before it ("مستشار جلالة الملك"، "بسفارة خادم الحرمين"، "القائم
  بأعمال السفير"، "رئيسه الكاميروني") names the office of someone else: the name is that person's
- a title word in quotes is the name of a paper or a programme ("رئيس تحرير «السفير»")
- an office of a body in a sentence or an article about football is a sports body's ("رئيس
  الاتحاد الأوروبي" beside "فيفا" is UEFA's president, not the EU's)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.pipeline.title_words import is_construct
from kg.pipeline.vocabulary import is_quote
from kg.text.lexicon import INSTITUTION_HEADS
from kg.text.name_lexicon import DEPENDENT_NOUNS, HONORIFIC_PHRASES, SPORTS_CONTEXT_WORDS
from kg.text.normalize import clitic_candidates, normalize_text, strip_marks

# nouns whose complement a title can be: the name after "نجل الرئيس" is the son's; but "برئاسة
# وزير الخارجية X" is chaired by the minister X
CHAIRING_NOUNS = frozenset({normalize_text("رئاسة")})
GENITIVE_HEADS = (INSTITUTION_HEADS | DEPENDENT_NOUNS) - CHAIRING_NOUNS
MAX_ADJECTIVES = 2  # "المستشار الخاص لـ…"، "المساعد السياسي لـ…"


def has_lam(token) -> bool:
    """The preposition لـ glued to the word ("لوزير"، "للرئيس")."""
    text = strip_marks(token.text)
    return text.startswith("ل") and normalize_text(text) != token.norm_


def is_possessive(token) -> bool:
    """A noun with an attached "his/its" (ـه), which folding makes look like a feminine title
    ("رئيسه" like "رئيسة")."""
    text = strip_marks(token.text)
    return len(text) > 3 and text.endswith("ه") and token.norm_.endswith("ه")


def honorific_start(doc: Doc, index: int) -> int:
    """The start of the honorific right before `index` ("جلالة"، "صاحب السمو"), else `index`."""
    for phrase in HONORIFIC_PHRASES:
        start = index - len(phrase)
        if start >= 0 and tuple(normalize_text(t.text) for t in doc[start:index]) == phrase:
            return start
    return index


def governs_genitive(token) -> bool:
    """A noun in the construct state that a title can complete, behind a proclitic too ("بسفارة")."""
    words = {token.norm_, *clitic_candidates(normalize_text(token.text))}
    return any(word in GENITIVE_HEADS for word in words)


def is_genitive(doc: Doc, role: Span, role_ends: dict[int, Span]) -> bool:
    """A title that completes a noun before it ("سفير خادم الحرمين"، "ديوان رئيس الحكومة"،
    "مستشار جلالة الملك"): the name after it belongs to that noun, not to the office."""
    if is_possessive(role[0]):  # "رئيسه الكاميروني": its president, the office of what came before
        return True
    start = honorific_start(doc, role.start)
    if start == 0:
        return False
    if has_lam(role[0]):  # "المساعد السياسي لوزير الداخلية X": X is the assistant
        return dependent_noun_before(doc, role.start)
    previous_role = role_ends.get(start)
    if previous_role is not None:
        return is_construct(previous_role)
    return governs_genitive(doc[start - 1])


def dependent_noun_before(doc: Doc, index: int) -> bool:
    """Whether a noun of a person who serves an office ("المستشار الخاص"، "المساعد السياسي")
    stands right before `index`, its adjectives between."""
    for previous in range(index - 1, max(-1, index - 2 - MAX_ADJECTIVES), -1):
        word = normalize_text(doc[previous].text)
        if word.removeprefix("ال") in GENITIVE_HEADS:
            return True
        if not word.startswith("ال"):
            return False
    return False


def is_quoted(doc: Doc, span: Span) -> bool:
    """A title word between quotes: the name of a paper or a programme ("«السفير»")."""
    before, after = span.start - 1, span.end
    return before >= 0 and after < len(doc) and is_quote(doc[before]) and is_quote(doc[after])


SPORTS_ARTICLE_WORDS = 3  # words of football that make a whole article a sports report


def sports_words(tokens) -> int:
    return sum(
        any(word in SPORTS_CONTEXT_WORDS for word in clitic_candidates(normalize_text(token.text)))
        for token in tokens
    )


def in_sports_context(doc: Doc, index: int) -> bool:
    """Whether the sentence of a token, or the whole article, speaks of football."""
    return sports_words(doc[index].sent) > 0 or sports_words(doc) >= SPORTS_ARTICLE_WORDS
