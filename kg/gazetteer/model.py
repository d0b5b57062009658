"""Typed records of the curated gazetteer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from kg.text.normalize import normalize_text
from kg.vocab import resource_iri

PERSON = "person"
ORGANIZATION = "organization"
COUNTRY = "country"
REGION = "region"
AGREEMENT = "agreement"
ROLE = "role"
ZONE_TYPE = "zone_type"
ACTOR_KINDS = frozenset({PERSON, ORGANIZATION, COUNTRY})
ROLE_NS = resource_iri(ROLE, "")  # role IRIs: ROLE_NS + "king"
# which of a person's current offices names them: a king who is also prime minister is the king,
# a crown prince who is also defence minister the crown prince (lower ranks first)
ROLE_RANK = {
    **dict.fromkeys(("king", "emir", "sultan", "president", "supreme-leader"), 0),
    "crown-prince": 1,
    **dict.fromkeys(("prime-minister", "chancellor"), 2),
    **dict.fromkeys(("vice-president", "deputy-crown-prince", "presidential-council-chairman", "secretary-general"), 3),
    **dict.fromkeys(("foreign-minister", "defence-minister", "interior-minister", "director-general", "high-representative"), 4),
    "deputy-prime-minister": 5,
}
OTHER_ROLES_RANK = 6


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
    jurisdiction: str | None = None  # an office of a region below the state: "ولي عهد أبوظبي"

    @property
    def seat(self) -> str | None:
        """The organization, region or state the office belongs to."""
        return self.organization or self.jurisdiction or self.country

    @property
    def rank(self) -> int:
        return ROLE_RANK.get(self.role.removeprefix(ROLE_NS), OTHER_ROLES_RANK)

    def days_from(self, day: dt.date | None) -> int:
        """How far `day` lies outside the tenure (0 inside it; a missing day is today)."""
        day = day or dt.date.today()
        if self.valid_from and day < self.valid_from:
            return (self.valid_from - day).days
        if self.valid_until and day > self.valid_until:
            return (day - self.valid_until).days
        return 0

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

    def country_of(self, iri: str | None) -> str | None:
        """The state an entity belongs to: a country itself, else its kg:country (None when unknown)."""
        entity = self.get(iri)
        if entity is None:
            return None
        return entity.iri if entity.kind == COUNTRY else entity.country

    def of_kind(self, kind: str) -> list[Entity]:
        return list(self.by_kind.get(kind, ()))

    @cached_property
    def by_kind(self) -> dict[str, tuple[Entity, ...]]:
        """Entities by kind (the gazetteer is read once, then never changed)."""
        kinds: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            kinds.setdefault(entity.kind, []).append(entity)
        return {kind: tuple(found) for kind, found in kinds.items()}

    def holders(self, role: str, seat: str | None, day: dt.date | None) -> list[Entity]:
        """People who held `role` for `seat` (a country or an organization) on `day` (in office
        now when `day` is None)."""
        return [self.entities[iri] for iri, position in self.positions_by_office.get((role, seat), ()) if position.holds_on(day)]

    def holder(self, role: str, seat: str | None, day: dt.date | None) -> Entity | None:
        """The one person a role-only mention means: of the holders on `day`, the holder of the
        office itself rather than of a variant with its own title (a rival government's prime
        minister, an acting minister), then the one who took it last."""
        current = [(iri, p) for iri, p in self.positions_by_office.get((role, seat), ()) if p.holds_on(day)]
        if not current:
            return None
        iri, _ = max(current, key=lambda held: (held[1].label_en is None, held[1].valid_from or dt.date.min, held[0]))
        return self.entities[iri]

    @cached_property
    def positions_by_office(self) -> dict[tuple[str, str | None], tuple[tuple[str, Position], ...]]:
        """(role, seat) -> every (person IRI, position) of that office."""
        table: dict[tuple[str, str | None], list[tuple[str, Position]]] = {}
        for person in self.of_kind(PERSON):
            for position in person.positions:
                table.setdefault((position.role, position.seat), []).append((person.iri, position))
        return {office: tuple(held) for office, held in table.items()}

    def position_of(self, person: str, day: dt.date | None) -> Position | None:
        """The office a person is named by on `day`: the highest of those held then (ROLE_RANK),
        else the one nearest in time (the last held, or the first to come)."""
        entity = self.entities.get(person)
        if entity is None or not entity.positions:
            return None
        current = [p for p in entity.positions if p.holds_on(day)]
        if current:
            return min(current, key=lambda p: (p.rank, -(p.valid_from or dt.date.min).toordinal(), p.role))
        return min(entity.positions, key=lambda p: (p.days_from(day), p.rank, p.role))

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
