"""Tokenizer rules for Arabic news: punctuation glued to words and clitics written with a tatweel."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kg.text.chars import PUNCTUATION_SPLIT, TATWEEL_CLITIC_RE

_PUNCT_CLASS = "[" + re.escape(PUNCTUATION_SPLIT) + "]"
# a clitic joined with a tatweel (لـ، بـ، ولـ) is split off as a token of its own
CLITIC_PREFIX = TATWEEL_CLITIC_RE.pattern.lstrip("^")
EXTRA_PREFIXES = (CLITIC_PREFIX, _PUNCT_CLASS)
EXTRA_SUFFIXES = (_PUNCT_CLASS, r"(?<=[^\d])\.", r"(?<=\d)\.(?=$)")
EXTRA_INFIXES = (_PUNCT_CLASS, r"(?<=[\u0621-\u064A])\.(?=[\u0621-\u064A])")
# web addresses are written in Latin letters: "أردوغان.وفي" (a full stop glued between two Arabic
# words) matches spaCy's pattern for a domain name, which allows any letter in a host name
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def latin_url_match(url_match):
    """spaCy's URL matcher, limited to strings with a Latin letter."""
    if url_match is None:
        return None

    def match(text: str):
        return url_match(text) if LATIN_LETTER_RE.search(text) else None

    return match


def create_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's Arabic tokenizer plus our prefix, suffix and infix rules."""
    defaults = nlp.Defaults
    prefixes = compile_prefix_regex(list(EXTRA_PREFIXES) + list(defaults.prefixes or ()))
    suffixes = compile_suffix_regex(list(EXTRA_SUFFIXES) + list(defaults.suffixes or ()))
    infixes = compile_infix_regex(list(EXTRA_INFIXES) + list(defaults.infixes or ()))
    return Tokenizer(
        nlp.vocab,
        rules=dict(defaults.tokenizer_exceptions),
        prefix_search=prefixes.search,
        suffix_search=suffixes.search,
        infix_finditer=infixes.finditer,
        token_match=defaults.token_match,
        url_match=latin_url_match(defaults.url_match),
    )
