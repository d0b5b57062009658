"""Descriptions of the entities a graph mentions: from the gazetteer, or minted from the text."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import PROV

from kg.gazetteer.model import COUNTRY, PERSON, Gazetteer
from kg.gazetteer.triples import TripleIndex
from kg.graph.corpus_facts import CorpusFacts
from kg.graph.iris import article_iri
from kg.vocab import KG

# what is copied of a gazetteer entity into the graph
COPIED = (RDF.type, RDFS.label, SKOS.altLabel, KG.country, KG.partOf, OWL.sameAs, KG.regionType, KG.zoneType, KG.agreementType)
# what the graph needs of an entity's neighbours: its country, the places it lies in
FOLLOWED = (KG.country, KG.partOf, KG.zoneType)


def supporting_articles(facts: CorpusFacts) -> dict[str, set[str]]:
    """Actor IRI -> the articles whose calls or agreements it takes part in."""
    support: dict[str, set[str]] = {}
    for call in facts.calls:
        for actor in call.participants | call.initiators:
            support.setdefault(actor, set()).update(call.articles)
    for agreement in facts.agreements:
        for actor in agreement.parties:
            support.setdefault(actor, set()).update(agreement.articles)
    return support


class EntityWriter:
    """Describes the entities the facts point at, their countries and the places they lie in."""

    def __init__(self, facts: CorpusFacts, gazetteer: Gazetteer, gazetteer_graph: TripleIndex):
        self.facts = facts
        self.gazetteer = gazetteer
        self.source = gazetteer_graph
        self.support = supporting_articles(facts)
        self.published = {info.id: info.published for info in facts.articles}

    def descriptions(self, referenced: set[URIRef]) -> list[tuple[URIRef, list[tuple]]]:
        """(node, its triples) for the referenced entities and their closure, in IRI order."""
        return [(node, self.describe(node)) for node in self.closure(set(referenced))]

    def closure(self, nodes: set[URIRef]) -> list[URIRef]:
        """The nodes plus their countries and the places they lie in, transitively."""
        seen: set[URIRef] = set()
        todo = list(nodes)
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            todo += [o for p in FOLLOWED for o in self.source.objects(node, p) if isinstance(o, URIRef)]
            country = self.person_country(str(node))
            if country is not None:  # a country reached only through a nationality adjective
                todo.append(URIRef(country))
            minted = self.facts.regions.get(str(node))
            if minted is not None and minted.part_of:
                todo.append(URIRef(minted.part_of))
        return sorted(seen)

    def person_country(self, iri: str) -> str | None:
        """A discovered person's country, when it is a kg:Country of the gazetteer."""
        person = self.facts.people.get(iri)
        entity = self.gazetteer.get(person.country) if person is not None else None
        return entity.iri if entity is not None and entity.kind == COUNTRY else None

    def describe(self, node: URIRef) -> list[tuple]:
        iri = str(node)
        if iri in self.facts.people:
            return self.new_person(node)
        if iri in self.facts.regions:
            return self.minted_region(node)
        triples = [(node, p, o) for p in COPIED for o in self.source.objects(node, p)]
        entity = self.gazetteer.get(iri)
        if entity is not None and entity.kind == PERSON:
            triples += self.roles(node)
        triples += self.provenance(node)
        return triples

    def provenance(self, node: URIRef) -> list[tuple]:
        entity = self.gazetteer.get(str(node))
        if entity is None or entity.kind != PERSON:
            return []
        return [(node, PROV.wasDerivedFrom, URIRef(article_iri(a))) for a in sorted(self.support.get(str(node), ()))]

    def roles(self, node: URIRef) -> list[tuple]:
        """The person's role as stated in each supporting article, else the office held on its date."""
        iri = str(node)
        stated = self.facts.roles.get(iri, {})
        triples = []
        for article in sorted(self.support.get(iri, ())):
            position = self.gazetteer.position_of(iri, self.published.get(article))
            role = stated.get(article) or (position.role if position else None)
            triples += self.role_literals(node, role, position if position and position.role == role else None)
        return triples

    def role_literals(self, node: URIRef, role: str | None, position) -> list[tuple]:
        entity = self.gazetteer.get(role)
        if entity is None:
            return []
        label_en = (position.label_en if position else None) or entity.label_en
        label_ar = (position.label_ar if position else None) or entity.label_ar
        triples = [(node, KG.role, Literal(label_ar, lang="ar"))]
        return triples + ([(node, KG.role, Literal(label_en, lang="en"))] if label_en else [])

    def new_person(self, node: URIRef) -> list[tuple]:
        person = self.facts.people[str(node)]
        triples = [(node, RDF.type, KG.Person), (node, RDF.type, KG.Actor), (node, RDFS.label, Literal(person.label_ar, lang="ar"))]
        country = self.person_country(str(node))
        if country:
            triples.append((node, KG.country, URIRef(country)))
        triples += self.role_literals(node, person.role, None)
        for article in sorted(self.support.get(str(node)) or {person.article_id}):
            triples.append((node, PROV.wasDerivedFrom, URIRef(article_iri(article))))
        return triples

    def minted_region(self, node: URIRef) -> list[tuple]:
        region = self.facts.regions[str(node)]
        triples = [(node, RDF.type, KG.Region), (node, RDFS.label, Literal(region.label_ar, lang="ar")), (node, KG.regionType, Literal("zone"))]
        if region.label_en:
            triples.append((node, RDFS.label, Literal(region.label_en, lang="en")))
        if region.part_of:
            triples.append((node, KG.partOf, URIRef(region.part_of)))
        if region.zone_type:
            triples.append((node, KG.zoneType, URIRef(region.zone_type)))
        return triples
