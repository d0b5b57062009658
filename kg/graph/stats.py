"""Counts of a built graph: entities by class, calls per actor."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.vocab import KG

COUNTED_CLASSES = (
    ("articles", KG.Article),
    ("actors", KG.Actor),
    ("people", KG.Person),
    ("organizations", KG.Organization),
    ("countries", KG.Country),
    ("regions", KG.Region),
    ("phone calls", KG.PhoneCall),
    ("agreements", KG.Agreement),
    ("evidence sentences", KG.Evidence),
)


@dataclass(frozen=True)
class GraphStats:
    triples: int
    classes: tuple[tuple[str, int], ...]
    busiest: tuple[tuple[str, int], ...]  # actor label, number of calls


def label_of(graph: Graph, node: URIRef) -> str:
    labels = {value.language: str(value) for value in graph.objects(node, RDFS.label) if isinstance(value, Literal)}
    return labels.get("en") or labels.get("ar") or str(node).rsplit("/", 1)[-1]


def graph_stats(graph: Graph, top: int = 10) -> GraphStats:
    classes = tuple((name, len(set(graph.subjects(RDF.type, cls)))) for name, cls in COUNTED_CLASSES)
    calls = Counter(p for _, p in graph.subject_objects(KG.participant) if isinstance(p, URIRef))
    ranked = sorted(calls.items(), key=lambda item: (-item[1], str(item[0])))[:top]
    return GraphStats(len(graph), classes, tuple((label_of(graph, node), n) for node, n in ranked))
