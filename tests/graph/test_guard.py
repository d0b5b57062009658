"""The SHACL guard: units validated in chunks (in worker processes too), what breaks a shape dropped."""

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib import namespace

import kg.graph.guard as guard
from kg.graph.builder import ARTICLE_UNIT, Unit
from kg.vocab import KG, resource


def article_unit(name: str, date: str = "2015-08-01") -> Unit:
    node = URIRef(resource("article", name))
    triples = ((node, RDF.type, KG.Article), (node, namespace.DCTERMS.identifier, Literal(name)), (node, namespace.DCTERMS.date, Literal(date, datatype=namespace.XSD.date)))
    return Unit(node, ARTICLE_UNIT, (name,), triples)


@pytest.mark.parametrize("jobs", [1, 2])
def test_chunks_are_validated_alike_in_one_process_or_several(monkeypatch, jobs):
    monkeypatch.setattr(guard, "CHUNK_UNITS", 2)
    units = [article_unit(f"a{n}") for n in range(7)]
    broken = units[4]
    units[4] = Unit(broken.node, broken.kind, broken.articles, broken.triples + ((broken.node, namespace.DCTERMS.identifier, Literal("again")),))
    result = guard.UnitGuard(jobs=jobs).check(units)
    assert [u.node for u in result.units] == [u.node for u in units if u.node != broken.node]
    assert {d.unit.node for d in result.dropped} == {broken.node}
    assert result.validated == 7 and result.facts_dropped == 1


def test_units_known_to_conform_are_not_validated_again():
    known: set[str] = set()
    first = guard.UnitGuard(known.__contains__, known.update).check([article_unit("a"), article_unit("b")])
    second = guard.UnitGuard(known.__contains__, known.update).check([article_unit("a"), article_unit("b"), article_unit("c")])
    assert (first.validated, second.validated) == (2, 1)
