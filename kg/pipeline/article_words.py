"""What an article says about its own words: how often each is used, and whether it is used as a
common noun somewhere.

A family name the title finder does not know is accepted when the article uses it again
("… ألكسيس تسيبراس … وقال تسيبراس"). Common nouns recur too ("جهود دعم الشرعية … الجهود"), but
they also show what names never show: the definite article ("الجهود" beside "جهود"), an
accusative ending dropped or added ("كبيرا" beside "كبير"), a plural ending ("جوازات" beside
"جواز") or a possessive pronoun ("دعمه" beside "دعم").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.tokens import Doc

from kg.text.normalize import clitic_candidates, normalize_text

ARTICLE = "ال"
ACCUSATIVE_ALIF = "ا"
# endings a common noun takes and a personal name does not: plurals and possessive pronouns
NOUN_ENDINGS = ("ات", "ه", "ها", "هم")
MIN_STEM = 3  # "لي" + "ال" is "الي" (إلى folded): short words prove nothing


@lru_cache(maxsize=1 << 16)
def word_forms(text: str) -> tuple[str, ...]:
    """A word and the stems it may hide behind proclitics, normalised."""
    return tuple(dict.fromkeys(clitic_candidates(normalize_text(text))))


def article_counts(doc: Doc) -> Counter[str]:
    """How often each word form occurs in the article (behind proclitics too)."""
    counts: Counter[str] = Counter()
    strings = doc.vocab.strings
    for orth, punct, space in doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist():
        if not punct and not space:
            counts.update(word_forms(strings[orth]))
    return counts


def noun_forms(word: str) -> tuple[str, ...]:
    """The forms that would show `word` (normalised, without the article) to be a common noun."""
    if word.startswith(ARTICLE) or len(word) < MIN_STEM:
        return ()
    stems = [word]
    if word.endswith(ACCUSATIVE_ALIF) and len(word) > MIN_STEM:
        stems.append(word[:-1])  # "كبيرا" beside "كبير" or "الكبير"
    forms = [ARTICLE + stem for stem in stems] + [word + ending for ending in NOUN_ENDINGS] + stems[1:]
    return tuple(forms)


def used_as_common_noun(word: str, counts: Counter[str]) -> bool:
    """Whether the article uses `word` with the article, an accusative, plural or pronoun ending."""
    return any(counts[form] for form in noun_forms(word))
