"""Typed records of the curated gazetteer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from kg.text.normalize import normalize_text

PERSON = "person"
ORGANIZATION = "organization"
COUNTRY = "country"
REGION = "region"
AGREEMENT = "agreement"
ROLE = "role"
ZONE_TYPE = "zone_type"
ACTOR_KINDS = frozenset({PERSON, ORGANIZATION, COUNTRY})


@dataclass(frozen=True)
class Position:
    """A person's tenure of a role for a country."""

    role: str
    country: str | None
    valid_from: dt.date | None
    valid_until: dt.date | None
    label_en: str | None = None
    label_ar: str | None = None
    organization: str | None = None  # an office of an organization: "الأمين العام للأمم المتحدة"

    @property
    def seat(self) -> str | None:
        """The state or organization the office belongs to."""
        return self.organization or self.country

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.valid_until is None
        starts_before = self.valid_from is None or self.valid_from <= day
        return starts_before and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True)
class Entity:
    iri: str
    kind: str
    label_ar: str
    label_en: str | None = None
    alt_labels_ar: tuple[str, ...] = ()
    alt_labels_en: tuple[str, ...] = ()
    country: str | None = None
    part_of: str | None = None
    capital: str | None = None
    demonyms_ar: tuple[str, ...] = ()
    demonym_en: str | None = None
    positions: tuple[Position, ...] = ()
    region_type: str | None = None
    zone_type: str | None = None
    agreement_type: str | None = None
    named_after: str | None = None
    date: dt.date | None = None  # an agreement's signing date, as curated

    @property
    def labels_ar(self) -> tuple[str, ...]:
        return (self.label_ar, *self.alt_labels_ar)


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)

    def get(self, iri: str | None) -> Entity | None:
        return self.entities.get(iri) if iri else None

    def of_kind(self, kind: str) -> list[Entity]:
        return [entity for entity in self.entities.values() if entity.kind == kind]

    def holders(self, role: str, seat: str | None, day: dt.date | None) -> list[Entity]:
        """People who held `role` for `seat` (a country or an organization) on `day` (in office
        now when `day` is None)."""
        return [
            self.entities[iri]
            for iri, position in self.positions_by_office.get((role, seat), ())
            if position.holds_on(day)
        ]

    @cached_property
    def positions_by_office(self) -> dict[tuple[str, str | None], tuple[tuple[str, Position], ...]]:
        """(role, seat) -> every (person IRI, position) of that office."""
        table: dict[tuple[str, str | None], list[tuple[str, Position]]] = {}
        for person in self.of_kind(PERSON):
            for position in person.positions:
                table.setdefault((position.role, position.seat), []).append((person.iri, position))
        return {office: tuple(held) for office, held in table.items()}

    def position_of(self, person: str, day: dt.date | None) -> Position | None:
        entity = self.entities.get(person)
        if entity is None:
            return None
        current = [p for p in entity.positions if p.holds_on(day)]
        return (current or list(entity.positions) or [None])[0]

    @cached_property
    def country_by_capital(self) -> dict[str, str]:
        """Capital IRI -> country IRI: a capital stands for its government ("موسكو وأنقرة")."""
        return {c.capital: c.iri for c in self.of_kind(COUNTRY) if c.capital}

    @cached_property
    def single_word_places(self) -> dict[str, str]:
        """Normalised one-word Arabic labels of countries and places (zones excepted) -> IRI."""
        table: dict[str, str] = {}
        for entity in self.of_kind(COUNTRY) + self.of_kind(REGION):
            for label in entity.labels_ar:
                key = normalize_text(label)
                if " " not in key and entity.region_type != "zone":
                    table.setdefault(key, entity.iri)
        return table

    def ancestors(self, iri: str) -> list[str]:
        """The kg:partOf chain above a region, nearest first."""
        chain: list[str] = []
        current = self.get(iri)
        while current is not None and current.part_of and current.part_of not in chain:
            chain.append(current.part_of)
            current = self.get(current.part_of)
        return chain
