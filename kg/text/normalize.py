"""Normalisation of Arabic text for matching, with a map back to the original offsets."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from kg.text.chars import (
    CHAR_FOLDING,
    DEFINITE_ARTICLE,
    DROPPED_CHARS,
    PROCLITIC_ARTICLE,
    PROCLITICS,
    TRANSLITERATION,
)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the offset of its source character."""

    text: str
    source_offsets: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if start >= len(self.text):
            return self.original_length, self.original_length
        original_start = self.source_offsets[start]
        original_end = self.source_offsets[end - 1] + 1 if end > start else original_start
        return original_start, original_end


def fold_char(char: str) -> str:
    """One character folded for matching ("" when it is dropped)."""
    if char in DROPPED_CHARS:
        return ""
    return CHAR_FOLDING.get(char, char)


def normalize(text: str) -> NormalizedText:
    """Drop diacritics, tatweel and invisibles; fold alef/hamza/ya/ta-marbuta, quotes and digits."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        if folded:
            chars.append(folded)
            offsets.append(index)
    return NormalizedText("".join(chars).lower(), tuple(offsets), len(text))


# fold_char for a whole string at once: dropped characters map to None
FOLD_TRANSLATION = str.maketrans(CHAR_FOLDING | {char: None for char in DROPPED_CHARS})


def fold_text(text: str) -> str:
    """The normalised string of a text of any length (not cached)."""
    return text.translate(FOLD_TRANSLATION).lower()


@lru_cache(maxsize=1 << 16)
def normalize_text(text: str) -> str:
    """The normalised string alone (cached: for words and labels)."""
    return fold_text(text)


def strip_marks(text: str) -> str:
    """The text without diacritics, tatweel and invisible marks; letters are not folded."""
    return "".join(char for char in text if char not in DROPPED_CHARS)


def clitic_candidates(token: str) -> list[str]:
    """Stems a normalised token may hide behind proclitics, the token itself first."""
    candidates = [token]
    for clitic in PROCLITICS:
        stem = token[len(clitic):]
        if token.startswith(clitic) and len(stem) >= 2:
            candidates.append(PROCLITIC_ARTICLE.get(clitic, "") + stem)
    return candidates


def strip_clitics(token: str, vocabulary: frozenset[str]) -> str:
    """The token without proclitics when the bare stem is a known word and the token is not.

    Stripping is driven by the vocabulary (the gazetteer's and the grammar's words), so that
    "ببوتين" becomes "بوتين" but "بوتين" or "وزير" are never cut.
    """
    if token in vocabulary:
        return token
    for candidate in clitic_candidates(token)[1:]:
        if candidate in vocabulary:
            return candidate
        bare = candidate[len(DEFINITE_ARTICLE):]
        if candidate.startswith(DEFINITE_ARTICLE) and len(bare) >= 3 and bare in vocabulary:
            return bare
    return token


def transliterate(text: str) -> str:
    """A crude Arabic-to-Latin transliteration for ASCII identifiers."""
    return "".join(TRANSLITERATION.get(char, char) for char in text)


def slugify(text: str) -> str:
    """ASCII slug: "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan"; Arabic is transliterated."""
    latin = transliterate(normalize_text(text)) if _is_arabic(text) else text
    spaced = "".join(c if c.isalnum() else " " for c in latin)
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode().lower()
    return "-".join(ascii_text.split())


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)
