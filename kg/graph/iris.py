"""Readable, stable IRIs derived from names and dates (never from counters or run order)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kg.text.normalize import slugify
from kg.vocab import resource

CALL = "call"
ARTICLE = "article"
EVIDENCE = "evidence"
PERSON = "person"
AGREEMENT = "agreement"
REGION = "region"


def person_iri(name_ar: str) -> str:
    """IRI of a person discovered in the text, from the transliterated Arabic name."""
    return str(resource(PERSON, slugify(name_ar)))


def agreement_iri(slug_source: str) -> str:
    return str(resource(AGREEMENT, slugify(slug_source)))


def region_iri(slug_source: str) -> str:
    return str(resource(REGION, slugify(slug_source)))


def article_iri(article_id: str) -> str:
    return str(resource(ARTICLE, article_id))


def evidence_iri(article_id: str, start: int, end: int) -> str:
    return str(resource(EVIDENCE, f"{article_id}-{start}-{end}"))


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def call_iri(day: dt.date | None, participants: Iterable[str], article: str = "") -> str:
    """`kgr:call/2019-05-13-recep-tayyip-erdogan--vladimir-putin`; a call with no date at all is
    never merged across articles, so its IRI names its article: `call/undated-b001475-…`."""
    names = "--".join(sorted(local_name(p) for p in participants))
    when = day.isoformat() if day else "-".join(filter(None, ("undated", article)))
    return str(resource(CALL, f"{when}-{names}"))
