"""Project the RDF knowledge graph onto a networkx graph the explorer can draw.

`project(graph)` returns a `networkx.MultiDiGraph` whose nodes are actors (persons,
organisations, countries), regions and agreements, keyed by short id, and whose edges
are aggregated per (source, target, relation) — the edge key is the relation name:

* ``called``    initiator → each other participant, for calls whose initiator is stated;
* ``spokeWith`` participant pairs with no known direction, stored once with source < target
                (edge attribute ``directed`` is False);
* ``about``     each participant → each region/agreement the call discussed;
* ``covers``    agreement → region;  ``party`` agreement → actor.

Call edges carry ``calls``: the `CallRef`s behind them (date, participants, initiators,
evidence quotes); agreement edges carry the agreement's ``evidence``. ``weight`` is the
number of calls (1 for covers/party). The call edges are derived from the `kg:PhoneCall`
nodes, not from the `kg:called`/`kg:spokeWith` shortcuts, because only the calls hold the
evidence. Nodes without any edge are left out unless ``include_isolated`` is set.
The function is pure: it only reads `graph`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict

import networkx as nx
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.explorer.model import CallRef, EvidenceRef, NodeInfo
from kg.vocab import KG, KGR

Index = dict[Node, dict[URIRef, list[Node]]]
EdgeKey = tuple[str, str, str]  # (relation, source id, target id)

_PREDICATES = (
    RDF.type, RDFS.label, SKOS.altLabel, KG.participant, KG.initiator, KG.date, KG.about,
    KG.evidence, KG.quote, KG.article, KG.start, KG.end, KG.covers, KG.party, KG.partOf,
    KG.role, KG.country, DCTERMS.identifier, DCTERMS.date,
)
_TYPE_ORDER = (
    (KG.Person, "person"), (KG.Organization, "organization"), (KG.Country, "country"),
    (KG.Agreement, "agreement"), (KG.Region, "region"), (KG.Actor, "other"),
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def short_id(node: Node) -> str:
    """`kgr:person/x` → ``person/x``; other IRIs lose their scheme; blank nodes keep their id."""
    text = str(node)
    base = str(KGR)
    if text.startswith(base):
        return text[len(base):]
    return text.split("://", 1)[-1]


def _index(graph: Graph | Iterable[tuple]) -> Index:
    """Objects by subject and predicate, for the predicates the explorer shows, in a fixed order
    (a graph, or the sorted triples a build has just written)."""
    index: Index = defaultdict(lambda: defaultdict(list))
    wanted = frozenset(_PREDICATES)
    triples = graph if not isinstance(graph, Graph) else (t for p in _PREDICATES for t in graph.triples((None, p, None)))
    for subject, predicate, obj in triples:
        if predicate in wanted:
            index[subject][predicate].append(obj)
    for entry in index.values():
        for values in entry.values():
            values.sort(key=_node_order)
    return index


def _node_order(node: Node) -> tuple[str, str]:
    return (type(node).__name__, node.n3())


def _objects(index: Index, subject: Node, predicate: URIRef) -> list[Node]:
    entry = index.get(subject)
    return entry.get(predicate, []) if entry else []


def _literal(index: Index, subject: Node, predicate: URIRef, lang: str | None = None) -> str | None:
    """The alphabetically first literal value, of the given language tag when `lang` is set."""
    values = sorted(
        str(o) for o in _objects(index, subject, predicate)
        if isinstance(o, Literal) and (lang is None or (o.language or "").lower().startswith(lang))
    )
    return values[0] if values else None


def _joined(index: Index, subject: Node, predicate: URIRef, lang: str) -> str | None:
    values = sorted({
        str(o) for o in _objects(index, subject, predicate)
        if isinstance(o, Literal) and (o.language or "").lower().startswith(lang)
    })
    return "; ".join(values) if values else None


def _date(index: Index, subject: Node, predicate: URIRef) -> str | None:
    value = _literal(index, subject, predicate)
    return value[:10] if value and _DATE.match(value) else None


def _int(index: Index, subject: Node, predicate: URIRef) -> int | None:
    value = _literal(index, subject, predicate)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _node_type(index: Index, subject: Node) -> str | None:
    types = set(_objects(index, subject, RDF.type))
    return next((name for cls, name in _TYPE_ORDER if cls in types), None)


def _ids(nodes: list[Node]) -> tuple[str, ...]:
    return tuple(sorted({short_id(n) for n in nodes if isinstance(n, (URIRef, BNode))}))


def _evidence(index: Index, evidence_nodes: list[Node]) -> tuple[EvidenceRef, ...]:
    refs = []
    for node in evidence_nodes:
        article = next(iter(_objects(index, node, KG.article)), None)
        refs.append(EvidenceRef(
            article=(_literal(index, article, DCTERMS.identifier) or short_id(article)) if article else "",
            start=_int(index, node, KG.start),
            end=_int(index, node, KG.end),
            quote=_literal(index, node, KG.quote, "ar") or _literal(index, node, KG.quote) or "",
            article_date=_date(index, article, DCTERMS.date) if article else None,
        ))
    return tuple(sorted(set(refs), key=lambda e: (e.article, e.start or -1, e.end or -1, e.quote)))


def _call(index: Index, call: Node) -> CallRef:
    initiators = _ids(_objects(index, call, KG.initiator))
    participants = tuple(sorted(set(_ids(_objects(index, call, KG.participant))) | set(initiators)))
    return CallRef(
        id=short_id(call),
        date=_date(index, call, KG.date),
        participants=participants,
        initiators=initiators,
        topics=_ids(_objects(index, call, KG.about)),
        evidence=_evidence(index, _objects(index, call, KG.evidence)),
    )


def _pair_edges(call: CallRef) -> list[EdgeKey]:
    """called for pairs with exactly one stated initiator, spokeWith for the other pairs."""
    keys: list[EdgeKey] = []
    starts = set(call.initiators)
    people = call.participants
    for i, u in enumerate(people):
        for v in people[i + 1:]:
            if (u in starts) != (v in starts):
                keys.append(("called", u, v) if u in starts else ("called", v, u))
            else:
                keys.append(("spokeWith", u, v))
    keys.extend(("about", p, t) for p in people for t in call.topics)
    return keys


def _subjects_of_type(index: Index, cls: URIRef) -> list[Node]:
    return sorted((s for s in index if cls in _objects(index, s, RDF.type)), key=short_id)


def _call_edges(calls: list[CallRef]) -> dict[EdgeKey, list[CallRef]]:
    edges: dict[EdgeKey, list[CallRef]] = defaultdict(list)
    for call in calls:
        for key in _pair_edges(call):
            edges[key].append(call)
    return edges


def _agreement_edges(index: Index) -> dict[EdgeKey, tuple[EvidenceRef, ...]]:
    edges: dict[EdgeKey, tuple[EvidenceRef, ...]] = {}
    for agreement in _subjects_of_type(index, KG.Agreement):
        evidence = _evidence(index, _objects(index, agreement, KG.evidence))
        source = short_id(agreement)
        for relation, predicate in (("covers", KG.covers), ("party", KG.party)):
            for target in _ids(_objects(index, agreement, predicate)):
                edges[(relation, source, target)] = evidence
    return edges


def _node_info(index: Index, node: Node, kind: str, calls_count: int) -> NodeInfo:
    labels = {str(o) for o in _objects(index, node, RDFS.label) + _objects(index, node, SKOS.altLabel)}
    label_ar = _literal(index, node, RDFS.label, "ar")
    label_en = _literal(index, node, RDFS.label, "en")
    return NodeInfo(
        id=short_id(node), type=kind, label_ar=label_ar, label_en=label_en,
        role_ar=_joined(index, node, KG.role, "ar"), role_en=_joined(index, node, KG.role, "en"),
        country=next(iter(_ids(_objects(index, node, KG.country))), None),
        part_of=_ids(_objects(index, node, KG.partOf)),
        aliases=tuple(sorted(labels - {label_ar, label_en})),
        calls_count=calls_count,
    )


def _resources(index: Index) -> dict[str, Node]:
    """Every subject or object the explorer may show, by short id."""
    found: dict[str, Node] = {}
    for subject, preds in index.items():
        if isinstance(subject, (URIRef, BNode)):
            found.setdefault(short_id(subject), subject)
        for predicate in (KG.participant, KG.initiator, KG.about, KG.covers, KG.party):
            for obj in preds.get(predicate, []):
                if isinstance(obj, (URIRef, BNode)):
                    found.setdefault(short_id(obj), obj)
    return found


def _reference_labels(index: Index, resources: dict[str, Node], ids: set[str]) -> dict[str, tuple]:
    """Labels of countries and parent regions that are referenced but not drawn."""
    return {
        i: (_literal(index, resources[i], RDFS.label, "ar"), _literal(index, resources[i], RDFS.label, "en"))
        for i in sorted(ids) if i in resources
    }


def project(graph: Graph | Iterable[tuple], include_isolated: bool = False) -> nx.MultiDiGraph:
    """The explorer's view of `graph`, or of sorted triples (see the module docstring for its shape)."""
    index = _index(graph)
    calls = sorted((_call(index, c) for c in _subjects_of_type(index, KG.PhoneCall)), key=CallRef.sort_key)
    call_edges = _call_edges(calls)
    agreement_edges = _agreement_edges(index)
    counts: dict[str, int] = defaultdict(int)
    for call in calls:
        for node_id in set(call.participants) | set(call.topics):
            counts[node_id] += 1
    resources = _resources(index)
    linked = {n for _, u, v in list(call_edges) + list(agreement_edges) for n in (u, v)}
    typed = {short_id(s) for s in index if _node_type(index, s) and isinstance(s, (URIRef, BNode))}
    wanted = sorted(linked | typed if include_isolated else linked)
    out = nx.MultiDiGraph()
    for node_id in wanted:
        kind = _node_type(index, resources[node_id]) or "other"
        info = _node_info(index, resources[node_id], kind, counts.get(node_id, 0))
        out.add_node(node_id, **asdict(info), role=info.role, label=info.label)
    for (relation, u, v), behind in sorted(call_edges.items()):
        out.add_edge(u, v, key=relation, relation=relation, directed=relation != "spokeWith",
                     calls=tuple(behind), evidence=(), weight=len(behind))
    for (relation, u, v), evidence in sorted(agreement_edges.items()):
        out.add_edge(u, v, key=relation, relation=relation, directed=True, calls=(),
                     evidence=evidence, weight=1)
    referenced = {out.nodes[n]["country"] for n in out if out.nodes[n]["country"]}
    referenced |= {p for n in out for p in out.nodes[n]["part_of"]}
    out.graph.update(calls=tuple(calls), labels=_reference_labels(index, resources, referenced))
    return out
