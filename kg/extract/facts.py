"""Typed records passed between the extraction stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DATE_FROM_TEXT = "text"
DATE_FROM_PUBLICATION = "publication"


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article that states a fact; offsets into the original file text."""

    article_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ActorMention:
    """A stretch of tokens that refers to one or more actors."""

    start: int  # token span
    end: int
    actors: tuple[str, ...]  # resolved IRIs, in text order
    via: str  # name | title | counterpart | side | metonym | plural


@dataclass(frozen=True)
class NewPerson:
    """A person found through a title pattern, not in the gazetteer."""

    iri: str
    label_ar: str
    role: str | None  # role IRI
    country: str | None
    article_id: str


@dataclass(frozen=True)
class CallMention:
    """One sentence's statement of a phone call."""

    participants: tuple[str, ...]
    initiators: tuple[str, ...]
    date: dt.date | None
    about: tuple[str, ...]
    evidence: Evidence
    sentence_index: int
    anaphoric: bool = False  # "خلال الاتصال": refers back to a call already mentioned
    elsewhen: bool = False  # the text puts the call in another month or year, without its day


@dataclass
class CallFact:
    """A phone call: merged from one or more mentions, then across articles."""

    participants: frozenset[str]
    initiators: set[str] = field(default_factory=set)
    dates: list[dt.date] = field(default_factory=list)
    date_basis: str | None = None
    about: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    published: dt.date | None = None
    elsewhen: bool = False  # a report puts the call in another month: the publication does not date it

    @property
    def date(self) -> dt.date | None:
        """The most often stated date; on a tie, the earliest."""
        if not self.dates:
            return None
        return min(set(self.dates), key=lambda day: (-self.dates.count(day), day))


@dataclass
class AgreementFact:
    iri: str
    label_ar: str
    label_en: str | None = None
    agreement_type: str | None = None
    alt_labels_ar: set[str] = field(default_factory=set)
    covers: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    date: str | None = None  # "YYYY-MM" or "YYYY-MM-DD" when stated
    evidence: list[Evidence] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    dynamic: bool = False  # not in the gazetteer: minted from the text


@dataclass
class DynamicRegion:
    """A zone or area minted from the text ("منطقة خفض التصعيد" in an article about X)."""

    iri: str
    label_ar: str
    label_en: str | None
    part_of: str | None
    zone_type: str | None


@dataclass
class ArticleFacts:
    article_id: str
    calls: list[CallFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    people: list[NewPerson] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # person IRI -> role IRI stated in the article
    regions: list[DynamicRegion] = field(default_factory=list)
