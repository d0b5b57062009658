"""Reads the gazetteer's Turtle files into typed records."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.term import Node

from kg.gazetteer.model import (
    AGREEMENT,
    COUNTRY,
    ORGANIZATION,
    PERSON,
    REGION,
    ROLE,
    ZONE_TYPE,
    Entity,
    Gazetteer,
    Position,
)
from kg.gazetteer.triples import TripleIndex, read_turtle_files
from kg.paths import gazetteer_dir
from kg.vocab import KG

# most specific first: a country is also a Region and an Actor
KIND_BY_CLASS = (
    (KG.Country, COUNTRY),
    (KG.Person, PERSON),
    (KG.Organization, ORGANIZATION),
    (KG.Agreement, AGREEMENT),
    (KG.Region, REGION),
    (KG.Role, ROLE),
    (KG.ZoneType, ZONE_TYPE),
)


class GazetteerError(ValueError):
    """A gazetteer file that cannot be parsed or an entity without its Arabic label."""


def read_gazetteer_graph(folder: Path) -> TripleIndex:
    try:
        return read_turtle_files(sorted(Path(folder).glob("*.ttl")))
    except ValueError as error:
        raise GazetteerError(str(error)) from None


@lru_cache(maxsize=4)
def load_gazetteer(folder: Path | None = None) -> tuple[Gazetteer, TripleIndex]:
    """The gazetteer records and the triples they come from (cached per folder)."""
    graph = read_gazetteer_graph(folder or gazetteer_dir())
    gazetteer = Gazetteer()
    for subject in sorted(graph.subjects(), key=str):
        kind = kind_of(graph, subject)
        if kind and isinstance(subject, URIRef):
            gazetteer.entities[str(subject)] = entity_from_graph(graph, subject, kind)
    return gazetteer, graph


def kind_of(graph: TripleIndex, subject: Node) -> str | None:
    types = set(graph.objects(subject, RDF.type))
    return next((kind for cls, kind in KIND_BY_CLASS if cls in types), None)


def entity_from_graph(graph: TripleIndex, subject: URIRef, kind: str) -> Entity:
    labels_ar = literals(graph, subject, RDFS.label, "ar")
    if not labels_ar:
        raise GazetteerError(f"gazetteer entity {subject} has no Arabic rdfs:label")
    labels_en = literals(graph, subject, RDFS.label, "en")
    return Entity(
        iri=str(subject),
        kind=kind,
        label_ar=labels_ar[0],
        label_en=labels_en[0] if labels_en else None,
        alt_labels_ar=tuple(labels_ar[1:]) + literals(graph, subject, SKOS.altLabel, "ar"),
        alt_labels_en=tuple(labels_en[1:]) + literals(graph, subject, SKOS.altLabel, "en"),
        country=iri_value(graph, subject, KG.country),
        part_of=iri_value(graph, subject, KG.partOf),
        capital=iri_value(graph, subject, KG.capital),
        demonyms_ar=literals(graph, subject, KG.demonym, "ar"),
        demonym_en=next(iter(literals(graph, subject, KG.demonym, "en")), None),
        positions=positions_of(graph, subject),
        region_type=text_value(graph, subject, KG.regionType),
        zone_type=iri_value(graph, subject, KG.zoneType),
        agreement_type=text_value(graph, subject, KG.agreementType),
        named_after=iri_value(graph, subject, KG.namedAfter),
        date=date_value(graph, subject, KG.date),
    )


def positions_of(graph: TripleIndex, person: URIRef) -> tuple[Position, ...]:
    positions = [
        Position(
            role=iri_value(graph, node, KG.roleType) or "",
            country=iri_value(graph, node, KG.country),
            valid_from=date_value(graph, node, KG.validFrom),
            valid_until=date_value(graph, node, KG.validUntil),
            label_en=next(iter(literals(graph, node, RDFS.label, "en")), None),
            label_ar=next(iter(literals(graph, node, RDFS.label, "ar")), None),
            organization=iri_value(graph, node, KG.organization),
            jurisdiction=iri_value(graph, node, KG.jurisdiction),
        )
        for node in graph.objects(person, KG.position)
    ]
    return tuple(sorted(positions, key=lambda p: (p.valid_from or dt.date.min, p.role)))


def literals(graph: TripleIndex, subject: Node, predicate: URIRef, language: str) -> tuple[str, ...]:
    values = [
        str(value)
        for value in graph.objects(subject, predicate)
        if isinstance(value, Literal) and value.language == language
    ]
    return tuple(sorted(set(values)))


def iri_value(graph: TripleIndex, subject: Node, predicate: URIRef) -> str | None:
    values = sorted(str(v) for v in graph.objects(subject, predicate) if isinstance(v, URIRef))
    return values[0] if values else None


def text_value(graph: TripleIndex, subject: Node, predicate: URIRef) -> str | None:
    values = sorted(str(v) for v in graph.objects(subject, predicate))
    return values[0] if values else None


def date_value(graph: TripleIndex, subject: Node, predicate: URIRef) -> dt.date | None:
    value = graph.value(subject, predicate)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
