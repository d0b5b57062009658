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


@pytest.fixture(scope="module")
def sample_units():
    from kg.build import BuildOptions, reduce_corpus
    from kg.corpus import list_corpus
    from kg.paths import BUNDLED_CORPUS_DIR

    return reduce_corpus(list_corpus(BUNDLED_CORPUS_DIR), BuildOptions(cache=False, jobs=1), None).units


@pytest.mark.parametrize("chunk", [1, 3, 2000])
def test_a_unit_conforms_whatever_units_share_its_chunk(monkeypatch, sample_units, chunk):
    """An incremental build validates the new units alone: a call's unit must carry the types of
    the actors it speaks about, and a node has one unit (an agreement, not also an entity)."""
    monkeypatch.setattr(guard, "CHUNK_UNITS", chunk)
    result = guard.UnitGuard(jobs=1).check(sample_units)
    assert [d.violation.message for d in result.dropped] == []
    assert result.validated == len(sample_units) == len(result.units)


def test_each_node_is_described_by_one_unit(sample_units):
    kinds_of: dict = {}
    for unit in sample_units:
        kinds_of.setdefault(unit.node, []).append(unit.kind)
    assert any(kind == "agreement" for kinds in kinds_of.values() for kind in kinds)
    assert {node: kinds for node, kinds in kinds_of.items() if len(kinds) > 1} == {}
