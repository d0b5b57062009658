"""Readable, stable IRIs derived from names and dates (never from counters or run order)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import re

from kg.text.chars import ARABIC_LETTER_RE
from kg.text.normalize import normalize_text, slugify
from kg.vocab import resource_iri

# what separates the words of a slug: anything but Arabic letters, Latin letters and digits
NON_WORD_RE = re.compile(r"[^\u0621-\u064a0-9a-z]+")
# "عبدالله" -> "عبد الله", "عبدالعزيز" -> "عبد العزيز" (after folding)
COMPOUND_ABD_RE = re.compile(r"^(عبد)(ال..+)$")

CALL = "call"
ARTICLE = "article"
EVIDENCE = "evidence"
PERSON = "person"
AGREEMENT = "agreement"
REGION = "region"


def person_iri(name_ar: str) -> str:
    """IRI of a person discovered in the text: `person/عبد-الله-العلي`.

    The slug keeps the Arabic letters, folded as the matcher folds them (hamza forms, ة/ه, ى/ي,
    no diacritics or tatweel), so spellings that differ only there share one IRI; "عبدالله" is
    written "عبد الله". A name in Latin letters gets the ASCII slug of the gazetteer.
    """
    if not ARABIC_LETTER_RE.search(name_ar):
        return resource_iri(PERSON, slugify(name_ar))
    return resource_iri(PERSON, arabic_slug(name_ar))


def arabic_slug(text: str) -> str:
    words = NON_WORD_RE.sub(" ", normalize_text(text)).split()
    return "-".join(COMPOUND_ABD_RE.sub(r"\1 \2", word).replace(" ", "-") for word in words)


def agreement_iri(slug_source: str) -> str:
    return resource_iri(AGREEMENT, slugify(slug_source))


def region_iri(slug_source: str) -> str:
    return resource_iri(REGION, slugify(slug_source))


def article_iri(article_id: str) -> str:
    return resource_iri(ARTICLE, article_id)


def evidence_iri(article_id: str, start: int, end: int) -> str:
    return resource_iri(EVIDENCE, f"{article_id}-{start}-{end}")


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def call_iri(day: dt.date | None, participants: Iterable[str], article: str = "") -> str:
    """`kgr:call/2019-05-13-recep-tayyip-erdogan--vladimir-putin`; a call with no date at all is
    never merged across articles, so its IRI names its article: `call/undated-b001475-…`."""
    names = "--".join(sorted(local_name(p) for p in participants))
    when = day.isoformat() if day else "-".join(filter(None, ("undated", article)))
    return resource_iri(CALL, f"{when}-{names}")
