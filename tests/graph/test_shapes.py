"""SHACL shapes: the mini graph conforms; each broken variant gives a readable violation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdfns  # XSD itself warns when pytest inspects module globals
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.graph.validate import ValidationResult, format_violations, validate_graph
from kg.paths import ontology_dir
from kg.vocab import KG, KGR

MINI_GRAPH = Path(__file__).resolve().parents[1] / "data" / "mini_graph.ttl"
CALL = KGR["call/2019-05-13-recep-tayyip-erdogan--vladimir-putin"]
EVIDENCE = KGR["evidence/000_c995f5e66b655fd3-102-219"]
ERDOGAN = KGR["person/recep-tayyip-erdogan"]
PUTIN = KGR["person/vladimir-putin"]
MERKEL = KGR["person/angela-merkel"]
AGREEMENT = KGR["agreement/idlib-ceasefire"]
ARTICLE = KGR["article/000_c995f5e66b655fd3"]


def mini_graph(store: str = "default") -> Graph:
    return Graph(store=store).parse(MINI_GRAPH, format="turtle")


def test_shapes_only_use_defined_kg_terms() -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    namespace = str(KG._NS)
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(namespace)}
    assert used and {t for t in used if t not in KG} == set()


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_mini_graph_conforms(store: str) -> None:
    result = validate_graph(mini_graph(store))
    assert result.conforms, format_violations(result)
    assert result.violations == ()
    assert format_violations(result) == "The graph conforms to the SHACL shapes."


def _remove(*patterns: tuple) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for pattern in patterns:
            g.remove(pattern)
    return mutate


def _set(subject: URIRef, prop: URIRef, value: object) -> Callable[[Graph], None]:
    return lambda g: g.set((subject, prop, value))


def _drop_arabic_label(subject: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for label in list(g.objects(subject, RDFS.label)):
            if label.language == "ar":
                g.remove((subject, RDFS.label, label))
    return mutate


def _person_typed_only_as_person(g: Graph) -> None:
    """Without rdf:type kg:Actor the shape must still apply (kg:Person ⊑ kg:Actor)."""
    g.remove((MERKEL, RDF.type, KG.Actor))
    _drop_arabic_label(MERKEL)(g)


BROKEN = {
    "call with one participant": (
        _remove((CALL, KG.participant, PUTIN), (CALL, KG.initiator, None)),
        CALL, "kg:participant", "A phone call needs at least two participants"),
    "call without evidence": (
        _remove((CALL, KG.evidence, None)),
        CALL, "kg:evidence", "A phone call needs at least one evidence node"),
    "evidence without quote": (
        _remove((EVIDENCE, KG.quote, None)),
        EVIDENCE, "kg:quote", "An evidence node needs exactly one quote"),
    "date is a string": (
        _set(CALL, KG.date, Literal("13 May 2019")),
        CALL, "kg:date", "must be an xsd:date"),
    "initiator is not a participant": (
        lambda g: g.add((CALL, KG.initiator, MERKEL)),
        CALL, "kg:participant|kg:initiator", "must also be one of its participants"),
    "actor without Arabic label": (
        _drop_arabic_label(PUTIN),
        PUTIN, "rdfs:label", "An actor needs an Arabic label"),
    "person typed only kg:Person without Arabic label": (
        _person_typed_only_as_person,
        MERKEL, "rdfs:label", "An actor needs an Arabic label"),
    "quote in English": (
        _set(EVIDENCE, KG.quote, Literal("The Kremlin said ...", lang="en")),
        EVIDENCE, "kg:quote", "must be a string tagged @ar"),
    "start after end": (
        _set(EVIDENCE, KG.start, Literal(300)),
        EVIDENCE, "kg:start", "must be smaller than its end offset"),
    "offset not an integer": (
        _set(EVIDENCE, KG.end, Literal("219")),
        EVIDENCE, "kg:end", "must be an xsd:integer"),
    "participant not an actor": (
        lambda g: g.add((CALL, KG.participant, KGR["region/idlib"])),
        CALL, "kg:participant", "must be a kg:Actor"),
    "agreement without evidence": (
        _remove((AGREEMENT, KG.evidence, None)),
        AGREEMENT, "kg:evidence", "An agreement needs at least one evidence node"),
    "agreement without Arabic label": (
        _drop_arabic_label(AGREEMENT),
        AGREEMENT, "rdfs:label", "An agreement needs an Arabic label"),
    "agreement covers a person": (
        lambda g: g.add((AGREEMENT, KG.covers, PUTIN)),
        AGREEMENT, "kg:covers", "can only cover a kg:Region"),
    "article without identifier": (
        _remove((ARTICLE, DCTERMS.identifier, None)),
        ARTICLE, "dcterms:identifier", "exactly one dcterms:identifier"),
    "unknown date basis": (
        _set(CALL, KG.dateBasis, Literal("guess")),
        CALL, "kg:dateBasis", "kg:dateBasis is at most one of"),
    "two dates": (
        lambda g: g.add((CALL, KG.date, Literal("2019-05-14", datatype=rdfns.XSD.date))),
        CALL, "kg:date", "at most one date"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_variant_is_reported(case: str) -> None:
    mutate, focus, path, message = BROKEN[case]
    graph = mini_graph()
    mutate(graph)
    result = validate_graph(graph)
    assert not result.conforms
    matching = [v for v in result.violations if message in v.message]
    assert matching, format_violations(result, limit=50)
    assert {(v.focus_node, v.path, v.severity) for v in matching} == {(focus, path, "Violation")}


def test_agreement_dated_by_month_conforms() -> None:
    graph = mini_graph()
    graph.add((AGREEMENT, KG.date, Literal("2018-09", datatype=rdfns.XSD.gYearMonth)))
    assert validate_graph(graph).conforms


def test_asymmetric_spoke_with_is_only_a_warning() -> None:
    graph = mini_graph()
    graph.remove((PUTIN, KG.spokeWith, MERKEL))
    result = validate_graph(graph)
    assert result.conforms
    (warning,) = result.violations
    assert (warning.severity, warning.focus_node, warning.value) == ("Warning", PUTIN, MERKEL)
    assert "both directions" in warning.message
    assert "0 violation(s), 1 warning(s)" in format_violations(result)


def test_called_without_spoke_with_is_a_warning() -> None:
    graph = mini_graph()
    graph.remove((ERDOGAN, KG.spokeWith, PUTIN))
    graph.remove((PUTIN, KG.spokeWith, ERDOGAN))
    result = validate_graph(graph)
    assert result.conforms
    assert [(v.focus_node, v.value) for v in result.warnings] == [(ERDOGAN, PUTIN)]
    assert "sub-property of kg:spokeWith" in result.warnings[0].message


def test_format_violations_is_readable_and_limited() -> None:
    graph = mini_graph()
    for actor in (ERDOGAN, PUTIN, MERKEL):
        _drop_arabic_label(actor)(graph)
    result = validate_graph(graph)
    report = format_violations(result, limit=2)
    assert isinstance(result, ValidationResult) and len(result.errors) == 3
    assert report.splitlines()[0] == "The graph does not conform: 3 violation(s), 0 warning(s)."
    assert "1. [Violation] An actor needs an Arabic label" in report
    assert "node: kgr:person/angela-merkel" in report
    assert "property: rdfs:label" in report
    assert report.splitlines()[-1] == "... and 1 more."


def test_validation_does_not_modify_the_graph() -> None:
    graph = mini_graph("Oxigraph")
    before = len(graph)
    validate_graph(graph)
    assert len(graph) == before
