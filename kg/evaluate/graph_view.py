"""A read-only view of a built graph: the calls, agreements and labels evaluation needs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.vocab import KG

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


@dataclass(frozen=True)
class EntityLabels:
    """Every label and altLabel of one node, split by language (untagged: by script)."""

    iri: Node
    en: frozenset[str] = frozenset()
    ar: frozenset[str] = frozenset()

    @property
    def display(self) -> str:
        """A readable name: the English label, else the Arabic one, else the IRI."""
        for labels in (self.en, self.ar):
            if labels:
                return min(labels)
        return str(self.iri)


@dataclass(frozen=True)
class GraphCall:
    iri: Node
    participants: frozenset[Node]
    initiators: frozenset[Node]
    dates: tuple[date, ...]  # sorted; a well-built node has at most one
    about: frozenset[Node]  # regions only (agreements discussed are left out)
    articles: frozenset[str]  # identifiers of the prov:wasDerivedFrom articles

    @property
    def date(self) -> date | None:
        return self.dates[0] if self.dates else None


@dataclass(frozen=True)
class GraphAgreement:
    iri: Node
    labels: EntityLabels
    covers: frozenset[Node]
    parties: frozenset[Node]
    articles: frozenset[str]


@dataclass(frozen=True)
class GraphView:
    calls: tuple[GraphCall, ...]
    agreements: tuple[GraphAgreement, ...]
    labels: Mapping[Node, EntityLabels] = field(default_factory=dict, hash=False)

    def labels_of(self, node: Node) -> EntityLabels:
        return self.labels.get(node) or EntityLabels(node)


def _label_literals(graph: Graph, node: Node) -> Iterable[Literal]:
    for predicate in (RDFS.label, SKOS.altLabel):
        for value in graph.objects(node, predicate):
            if isinstance(value, Literal):
                yield value


def entity_labels(graph: Graph, node: Node) -> EntityLabels:
    en: set[str] = set()
    ar: set[str] = set()
    for literal in _label_literals(graph, node):
        text = str(literal).strip()
        lang = (literal.language or "").lower()
        if lang.startswith("ar") or (not lang and ARABIC_SCRIPT.search(text)):
            ar.add(text)
        elif lang.startswith("en") or not lang:
            en.add(text)
    return EntityLabels(node, frozenset(en), frozenset(ar))


def article_id(graph: Graph, article: Node) -> str:
    """`dcterms:identifier` of an article node, else the last segment of its IRI."""
    for identifier in graph.objects(article, DCTERMS.identifier):
        return str(identifier)
    return str(article).rstrip("/").rsplit("/", 1)[-1]


def _articles(graph: Graph, node: Node) -> frozenset[str]:
    return frozenset(article_id(graph, a) for a in graph.objects(node, PROV.wasDerivedFrom))


def _dates(graph: Graph, node: Node) -> tuple[date, ...]:
    found: set[date] = set()
    for value in graph.objects(node, KG.date):
        parsed = value.toPython() if isinstance(value, Literal) else None
        if isinstance(parsed, date):
            found.add(parsed)
            continue
        try:
            found.add(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return tuple(sorted(found))


def _call(graph: Graph, node: Node) -> GraphCall:
    about = frozenset(
        target
        for target in graph.objects(node, KG.about)
        if (target, RDF.type, KG.Agreement) not in graph
    )
    return GraphCall(
        iri=node,
        participants=frozenset(graph.objects(node, KG.participant)),
        initiators=frozenset(graph.objects(node, KG.initiator)),
        dates=_dates(graph, node),
        about=about,
        articles=_articles(graph, node),
    )


def _agreement(graph: Graph, node: Node) -> GraphAgreement:
    return GraphAgreement(
        iri=node,
        labels=entity_labels(graph, node),
        covers=frozenset(graph.objects(node, KG.covers)),
        parties=frozenset(graph.objects(node, KG.party)),
        articles=_articles(graph, node),
    )


def read_graph(graph: Graph) -> GraphView:
    """Calls, agreements and a label index (every labelled node) of a built graph."""
    calls = sorted(set(graph.subjects(RDF.type, KG.PhoneCall)), key=str)
    agreements = sorted(set(graph.subjects(RDF.type, KG.Agreement)), key=str)
    labelled = {s for p in (RDFS.label, SKOS.altLabel) for s in graph.subjects(p, None)}
    labels = {node: entity_labels(graph, node) for node in labelled}
    return GraphView(
        calls=tuple(_call(graph, node) for node in calls),
        agreements=tuple(_agreement(graph, node) for node in agreements),
        labels=MappingProxyType(labels),
    )
