"""Facts -> an rdflib Graph on the embedded Oxigraph store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from kg.extract.facts import AgreementFact, CallFact, Evidence
from kg.gazetteer.model import Gazetteer
from kg.gazetteer.triples import TripleIndex
from kg.graph.corpus_facts import CorpusFacts
from kg.graph.entities import EntityWriter
from kg.graph.iris import article_iri, call_iri, evidence_iri
from kg.graph.turtle import sorted_distinct
from kg.vocab import KG, KGR, WD, resource

STORE = "Oxigraph"
# looked up once: namespace attributes are slow, and a corpus has an article unit per article
TYPE, LABEL, ARTICLE_CLASS = RDF.type, RDFS.label, KG.Article
IDENTIFIER, DATE, SOURCE = DCTERMS.identifier, DCTERMS.date, DCTERMS.source


def new_graph() -> Graph:
    graph = Graph(store=STORE)
    bind_prefixes(graph)
    return graph


# one prefix per kind of resource, so that Turtle can write `person:vladimir-putin`
RESOURCE_PREFIXES = ("person", "organization", "country", "region", "agreement", "call", "evidence", "article", "zone-type")


def graph_prefixes() -> list[tuple[str, str]]:
    """The prefixes of graph.ttl: the vocabularies, then one per kind of resource."""
    fixed = [("kg", KG._NS), ("kgr", KGR), ("prov", PROV), ("dcterms", DCTERMS), ("skos", SKOS), ("owl", OWL), ("wd", WD)]
    fixed += [("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD)]
    return [(p, str(ns)) for p, ns in fixed] + [(kind.replace("-", ""), str(resource(kind, ""))) for kind in RESOURCE_PREFIXES]


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in graph_prefixes():
        graph.bind(prefix, namespace, override=True)


ARTICLE_UNIT, CALL_UNIT, AGREEMENT_UNIT, ENTITY_UNIT = "article", "call", "agreement", "entity"


@dataclass(frozen=True)
class Unit:
    """The triples of one fact: an article, a call (with its evidence and the edges it projects),
    an agreement, or an entity's description. A fact that breaks a shape is dropped as a unit."""

    node: URIRef
    kind: str
    articles: tuple[str, ...]
    triples: tuple[tuple, ...]


def graph_units(facts: CorpusFacts, gazetteer: Gazetteer, gazetteer_graph: TripleIndex) -> list[Unit]:
    units = [Unit(URIRef(article_iri(a.id)), ARTICLE_UNIT, (a.id,), tuple(article_triples(a))) for a in facts.articles]
    for call in facts.calls:
        triples = call_triples(call, gazetteer)
        units.append(Unit(triples[0][0], CALL_UNIT, tuple(sorted(call.articles)), tuple(triples)))
    for agreement in facts.agreements:
        units.append(Unit(URIRef(agreement.iri), AGREEMENT_UNIT, tuple(sorted(agreement.articles)), tuple(agreement_triples(agreement))))
    linked = referenced(t for unit in units for t in unit.triples)
    writer = EntityWriter(facts, gazetteer, gazetteer_graph)
    fact_units = {unit.node: index for index, unit in enumerate(units)}
    for node, triples in writer.descriptions(linked):
        if node in fact_units:  # an agreement stated in the corpus and known to the gazetteer: one unit
            unit = units[fact_units[node]]
            units[fact_units[node]] = Unit(node, unit.kind, unit.articles, unit.triples + tuple(t for t in triples if t not in unit.triples))
        else:
            units.append(Unit(node, ENTITY_UNIT, tuple(sorted(writer.support.get(str(node), ()))), tuple(triples)))
    return units


def units_triples(units) -> list[tuple]:
    """The triples of the units, sorted and without repeats (the same facts, the same list)."""
    return sorted_distinct(t for unit in units for t in unit.triples)


def graph_triples(facts: CorpusFacts, gazetteer: Gazetteer, gazetteer_graph: TripleIndex) -> list[tuple]:
    return units_triples(graph_units(facts, gazetteer, gazetteer_graph))


def graph_of(triples) -> Graph:
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return graph


def build_graph(facts: CorpusFacts, gazetteer: Gazetteer, gazetteer_graph: TripleIndex) -> Graph:
    return graph_of(graph_triples(facts, gazetteer, gazetteer_graph))


def referenced(triples) -> set[URIRef]:
    """Entities the facts point at (participants, regions, parties …)."""
    linking = {KG.participant, KG.initiator, KG.about, KG.covers, KG.party}
    return {o for _, p, o in triples if p in linking and isinstance(o, URIRef)}


def article_triples(article) -> list[tuple]:
    node = URIRef(article_iri(article.id))
    triples = [(node, TYPE, ARTICLE_CLASS), (node, IDENTIFIER, Literal(article.id))]
    if article.published:
        triples.append((node, DATE, date_literal(article.published)))
    if article.source:
        triples.append((node, SOURCE, plain_literal(article.source)))
    if article.headline:
        triples.append((node, LABEL, Literal(article.headline, lang="ar")))
    return triples


@lru_cache(maxsize=4096)
def date_literal(day: dt.date) -> Literal:
    """The xsd:date literal of a day (a corpus has few: rdflib's Literal is slow to make)."""
    return Literal(day.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=4096)
def plain_literal(text: str) -> Literal:
    return Literal(text)


def evidence_triples(subject: URIRef, evidence: Evidence) -> list[tuple]:
    node = URIRef(evidence_iri(evidence.article_id, evidence.start, evidence.end))
    article = URIRef(article_iri(evidence.article_id))
    return [
        (subject, KG.evidence, node),
        (subject, PROV.wasDerivedFrom, article),
        (node, RDF.type, KG.Evidence),
        (node, KG.quote, Literal(evidence.quote, lang="ar")),
        (node, KG.article, article),
        (node, KG.start, Literal(evidence.start)),
        (node, KG.end, Literal(evidence.end)),
    ]


def call_triples(call: CallFact, gazetteer: Gazetteer) -> list[tuple]:
    node = URIRef(call_iri(call.date, call.participants, min(call.articles, default="")))
    parties = sorted(call.participants)
    triples = [(node, RDF.type, KG.PhoneCall)]
    triples += [(node, KG.participant, URIRef(p)) for p in parties]
    triples += [(node, KG.initiator, URIRef(i)) for i in sorted(call.initiators)]
    triples += [(node, KG.about, URIRef(a)) for a in sorted(call.about)]
    if call.date:
        triples.append((node, KG.date, Literal(call.date.isoformat(), datatype=XSD.date)))
        triples.append((node, KG.dateBasis, Literal(call.date_basis)))
    triples += call_labels(node, call, gazetteer)
    for evidence in call.evidence:
        triples += evidence_triples(node, evidence)
    triples += projection_triples(call)
    return triples


def call_labels(node: URIRef, call: CallFact, gazetteer: Gazetteer) -> list[tuple]:
    def name(iri: str, language: str) -> str:
        entity = gazetteer.get(iri)
        if entity is None:
            return iri.rsplit("/", 1)[-1]
        return (entity.label_en or entity.label_ar) if language == "en" else entity.label_ar

    parties = sorted(call.participants)
    day = call.date.isoformat() if call.date else "undated"
    label_ar = "اتصال هاتفي: " + " – ".join(name(p, "ar") for p in parties)
    label_en = "Phone call: " + " – ".join(name(p, "en") for p in parties) + f", {day}"
    return [(node, RDFS.label, Literal(label_ar, lang="ar")), (node, RDFS.label, Literal(label_en, lang="en"))]


def projection_triples(call: CallFact) -> list[tuple]:
    """kg:called from each initiator to every other party; kg:spokeWith between every pair."""
    parties = sorted(call.participants)
    triples = [(URIRef(a), KG.spokeWith, URIRef(b)) for a in parties for b in parties if a != b]
    triples += [
        (URIRef(i), KG.called, URIRef(p)) for i in sorted(call.initiators) for p in parties if p != i and p not in call.initiators
    ]
    return triples


def agreement_triples(agreement: AgreementFact) -> list[tuple]:
    node = URIRef(agreement.iri)
    triples = [(node, RDF.type, KG.Agreement), (node, RDFS.label, Literal(agreement.label_ar, lang="ar"))]
    if agreement.label_en:
        triples.append((node, RDFS.label, Literal(agreement.label_en, lang="en")))
    triples += [(node, SKOS.altLabel, Literal(a, lang="ar")) for a in sorted(agreement.alt_labels_ar - {agreement.label_ar})]
    if agreement.agreement_type:
        triples.append((node, KG.agreementType, Literal(agreement.agreement_type)))
    triples += [(node, KG.covers, URIRef(r)) for r in sorted(agreement.covers)]
    triples += [(node, KG.party, URIRef(p)) for p in sorted(agreement.parties)]
    if agreement.date:
        datatype = XSD.gYearMonth if len(agreement.date) == 7 else XSD.date
        triples.append((node, KG.date, Literal(agreement.date, datatype=datatype)))
    for evidence in agreement.evidence:
        triples += evidence_triples(node, evidence)
    return triples
