"""Typed records the explorer projection attaches to nodes and edges.

All identifiers are short ids: the part of an IRI after the resource namespace
(`person/recep-tayyip-erdogan`, `call/2019-05-13-...`), so that nothing derived from
them carries a URL into the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

NODE_TYPES: tuple[str, ...] = ("person", "organization", "country", "region", "agreement", "other")
CALL_RELATIONS: tuple[str, ...] = ("called", "spokeWith", "about")
AGREEMENT_RELATIONS: tuple[str, ...] = ("covers", "party")
RELATIONS: tuple[str, ...] = CALL_RELATIONS + AGREEMENT_RELATIONS


@dataclass(frozen=True, order=True)
class EvidenceRef:
    """One evidence sentence: the Arabic quote and where it sits in its source article."""

    article: str
    start: int | None
    end: int | None
    quote: str
    article_date: str | None = None


@dataclass(frozen=True)
class CallRef:
    """One `kg:PhoneCall` as the explorer shows it."""

    id: str
    date: str | None
    participants: tuple[str, ...]
    initiators: tuple[str, ...]
    topics: tuple[str, ...]
    evidence: tuple[EvidenceRef, ...]

    def others(self, node_id: str) -> tuple[str, ...]:
        """The participants other than `node_id`."""
        return tuple(p for p in self.participants if p != node_id)

    def sort_key(self) -> tuple[str, str]:
        """Dated calls first in date order, then undated ones, ties by id."""
        return (self.date or "9999-99-99", self.id)


@dataclass(frozen=True)
class NodeInfo:
    """Attributes of one explorer node."""

    id: str
    type: str
    label_ar: str | None
    label_en: str | None
    role_ar: str | None
    role_en: str | None
    country: str | None
    part_of: tuple[str, ...]
    aliases: tuple[str, ...]
    calls_count: int

    @property
    def role(self) -> str | None:
        """The role in English, else in Arabic."""
        return self.role_en or self.role_ar

    @property
    def label(self) -> str:
        """Display label: Arabic first (the corpus language), else English, else the id."""
        return self.label_ar or self.label_en or self.id.rsplit("/", 1)[-1]
