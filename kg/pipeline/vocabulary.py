"""Match keys: the normalised, clitic-aware form of a token that the matchers compare."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import IS_SPACE, NORM, ORTH
from spacy.tokens import Doc, Token

from kg.text.chars import QUOTE_MARKS
from kg.extract import agreement_lexicon
from kg.text.lexicon import RELATIVE_PRONOUNS, STOPWORDS
from kg.text.normalize import clitic_candidates, normalize_text, strip_clitics

# words of the grammar that may carry proclitics and must be recognised behind them
AGREEMENT_WORDS = agreement_lexicon.VOCABULARY
GRAMMAR_WORDS = STOPWORDS | RELATIVE_PRONOUNS | AGREEMENT_WORDS | frozenset(
    normalize_text(word)
    for word in (
        "نظيره", "نظيرها", "نظيريه", "نظيرهما", "نظيرته", "الجانب", "الجانبين", "الجانبان",
        "الطرف", "الطرفين", "الطرفان", "البلدين", "البلدان", "الزعيمين", "الزعيمان",
        "اتصال", "اتصالا", "الاتصال", "مكالمة", "المكالمة", "محادثة", "المحادثة", "هاتفي",
        "هاتفيا", "الهاتفي", "الهاتف", "اتفاق", "اتفاقية", "الاتفاق", "الاتفاقية", "مذكرة",
        "هدنة", "الهدنة", "وقف", "مؤتمر", "الاتفاقات", "الاتفاقيات", "تفاهمات", "مبادرة",
        "تلقى", "يتلقى", "تتلقى", "أجرى", "يجري", "تجري", "اتصل", "يتصل", "تتصل", "هاتف", "يهاتف",
        "بحث", "يبحث", "ناقش", "يناقش", "تباحث", "يتباحث", "تناول", "يتناول", "أبلغ", "يبلغ",
    )
)


@lru_cache(maxsize=1 << 16)
def token_key(text: str, vocabulary: frozenset[str]) -> str:
    """The match key of one token: normalised, with proclitics cut when the stem is known."""
    return strip_clitics(normalize_text(text), vocabulary)


def is_quote(token: Token) -> bool:
    return is_quote_text(token.text)


def content_tokens(doc: Doc) -> list[Token]:
    """Tokens the phrase matchers see: quotes and white space are skipped."""
    return [doc[i] for i in content_keys(doc)[0]]


@lru_cache(maxsize=1 << 16)
def is_quote_text(text: str) -> bool:
    return bool(text) and all(char in QUOTE_MARKS for char in text)


def content_keys(doc: Doc) -> tuple[list[int], list[str]]:
    """Positions and match keys of the tokens the phrase matchers see (no quotes, no white space),
    read from the token arrays without making a Token object per token."""
    strings = doc.vocab.strings
    positions, keys = [], []
    for index, (orth, norm, space) in enumerate(doc.to_array([ORTH, NORM, IS_SPACE]).tolist()):
        if not space and not is_quote_text(strings[orth]):
            positions.append(index)
            keys.append(strings[norm])
    return positions, keys


def without_clitic_forms(words: set[str]) -> frozenset[str]:
    """Drop words that are a proclitic plus another known word ("لوقف" beside "وقف")."""
    return frozenset(w for w in words if not any(c in words for c in clitic_candidates(w)[1:]))


def match_vocabulary(labels: Iterable[str], tokenize) -> frozenset[str]:
    """The words whose proclitics are cut: the labels' words, stems only, and the grammar's words."""
    return without_clitic_forms(label_words(labels, tokenize)) | GRAMMAR_WORDS


_LABEL_TOKENS: dict[str, tuple[str, ...]] = {}


def label_tokens(label: str, tokenize) -> tuple[str, ...]:
    """The token texts of a gazetteer label, quotes left out (tokenised once per process: the
    vocabulary, the matcher and the prefilter all need them)."""
    found = _LABEL_TOKENS.get(label)
    if found is None:
        found = _LABEL_TOKENS[label] = tuple(t.text for t in tokenize(label) if not t.is_space and not is_quote(t))
    return found


def label_words(labels: Iterable[str], tokenize) -> set[str]:
    """Every normalised word of the given labels."""
    words: set[str] = set()
    for label in labels:
        words.update(normalize_text(text) for text in label_tokens(label, tokenize))
    return words
