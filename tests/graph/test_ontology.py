"""ontology/kg.ttl defines every term of kg.vocab.KG, with labels, comments and alignments."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib import namespace as rdfns  # XSD itself warns when pytest inspects module globals
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.paths import ontology_dir
from kg.vocab import CAMEO, KG, SEM

KG_TERMS = sorted(KG.__annotations__)
CLASSES = {"Actor", "Person", "Organization", "Country", "Region", "Agreement", "PhoneCall",
           "Article", "Evidence", "Role", "Position", "ZoneType"}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def _languages(graph: Graph, term: URIRef, prop: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(term, prop) if isinstance(o, Literal)}


def test_kg_ttl_is_strict_turtle() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ontology_dir() / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


@pytest.mark.parametrize("name", KG_TERMS)
def test_every_vocab_term_is_defined(onto: Graph, name: str) -> None:
    term = KG[name]
    expected = OWL.Class if name in CLASSES else None
    types = set(onto.objects(term, RDF.type))
    if expected is not None:
        assert expected in types
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} is not a property"
        assert onto.value(term, RDFS.domain) is not None, f"{name} has no rdfs:domain"
        assert onto.value(term, RDFS.range) is not None, f"{name} has no rdfs:range"
    assert {"en", "ar"} <= _languages(onto, term, RDFS.label), f"{name} needs labels @en and @ar"
    assert "en" in _languages(onto, term, RDFS.comment), f"{name} needs an rdfs:comment @en"


def test_no_undeclared_kg_terms(onto: Graph) -> None:
    namespace = str(KG._NS)
    used = {t for triple in onto for t in triple if isinstance(t, URIRef) and t.startswith(namespace)}
    assert {t for t in used if t not in KG} == set()


def test_ontology_header(onto: Graph) -> None:
    ontology = next(onto.subjects(RDF.type, OWL.Ontology))
    assert str(ontology) == str(KG._NS).rstrip("#")
    for prop in (OWL.versionInfo, DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert onto.value(ontology, prop) is not None, prop


@pytest.mark.parametrize(
    ("prop", "expected_range"),
    [
        (KG.start, rdfns.XSD.integer), (KG.end, rdfns.XSD.integer),
        (KG.quote, RDF.langString), (KG.role, RDF.langString),
        (KG.participant, KG.Actor), (KG.covers, KG.Region), (KG.partOf, KG.Region),
        (KG.article, KG.Article), (KG.evidence, KG.Evidence),
    ],
)
def test_ranges(onto: Graph, prop: URIRef, expected_range: URIRef) -> None:
    assert onto.value(prop, RDFS.range) == expected_range


def test_date_range_allows_days_and_months(onto: Graph) -> None:
    datatype = onto.value(KG.date, RDFS.range)
    assert set(Collection(onto, onto.value(datatype, OWL.unionOf))) == {rdfns.XSD.date, rdfns.XSD.gYearMonth}


def test_property_characteristics(onto: Graph) -> None:
    assert (KG.called, RDFS.subPropertyOf, KG.spokeWith) in onto
    assert (KG.spokeWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) in onto
    assert (KG.initiator, RDFS.subPropertyOf, KG.participant) in onto


def test_class_hierarchy(onto: Graph) -> None:
    for sub in (KG.Person, KG.Organization, KG.Country):
        assert (sub, RDFS.subClassOf, KG.Actor) in onto
    assert (KG.Country, RDFS.subClassOf, KG.Region) in onto


def test_evidence_domain_is_union_of_call_and_agreement(onto: Graph) -> None:
    domain = onto.value(KG.evidence, RDFS.domain)
    members = set(Collection(onto, onto.value(domain, OWL.unionOf)))
    assert members == {KG.PhoneCall, KG.Agreement}


@pytest.mark.parametrize(
    "triple",
    [
        (KG.PhoneCall, RDFS.subClassOf, SEM.Event),
        (KG.participant, RDFS.subPropertyOf, SEM.hasActor),
        (KG.Actor, RDFS.subClassOf, SEM.Actor),
        (KG.Region, RDFS.subClassOf, SEM.Place),
        (KG.Article, RDFS.subClassOf, PROV.Entity),
        (KG.PhoneCall, RDFS.subClassOf, PROV.Entity),
        (KG.Agreement, RDFS.subClassOf, PROV.Entity),
        (KG.PhoneCall, SKOS.closeMatch, CAMEO.cameo041),
        (KG.PhoneCall, SKOS.closeMatch, CAMEO.ploverConsultPhone),
        (CAMEO.cameo041, RDF.type, SKOS.Concept),
        (CAMEO.ploverConsultPhone, RDF.type, SKOS.Concept),
    ],
)
def test_alignments(onto: Graph, triple: tuple[URIRef, URIRef, URIRef]) -> None:
    assert triple in onto


def test_event_codes(onto: Graph) -> None:
    assert str(onto.value(CAMEO.cameo041, SKOS.notation)) == "041"
    assert str(onto.value(CAMEO.ploverConsultPhone, SKOS.notation)) == "CONSULT"
    assert "phone" in str(onto.value(CAMEO.ploverConsultPhone, SKOS.note))
    for concept in (CAMEO.cameo041, CAMEO.ploverConsultPhone):
        assert {"en", "ar"} <= _languages(onto, concept, RDFS.label)
