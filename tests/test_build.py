"""`kg build` refuses a graph that breaks the shapes and writes nothing."""

import pytest
from rdflib import RDF, Literal

from kg import build as build_module
from kg.build import BuildError, build
from kg.graph.builder import new_graph
from kg.vocab import KG, resource


def test_a_shape_violation_stops_the_build_with_a_readable_report(tmp_path, monkeypatch):
    def broken_graph(*_args, **_kwargs):
        graph = new_graph()
        call = resource("call", "undated-only-one-party")
        graph.add((call, RDF.type, KG.PhoneCall))
        graph.add((call, KG.participant, resource("person", "somebody")))
        graph.add((call, KG.date, Literal("yesterday")))
        return graph

    monkeypatch.setattr(build_module, "build_corpus_graph", broken_graph)
    with pytest.raises(BuildError) as raised:
        build(out_dir=tmp_path)
    assert "breaks the ontology's shapes" in str(raised.value)
    report = raised.value.report
    assert "undated-only-one-party" in report
    assert "participant" in report and "kg:date" in report
    assert list(tmp_path.iterdir()) == []
