"""`kg build` never loses a corpus to one fact: a fact that would break a shape is dropped and
reported; `strict` stops instead and writes nothing."""

import json

import pytest
from rdflib import RDF, Literal, URIRef

import kg.build as build_module
from kg.build import BuildError, BuildOptions, build
from kg.graph.builder import CALL_UNIT, ENTITY_UNIT, Unit
from kg.graph.serialize import read_turtle
from kg.graph.validate import validate_graph
from kg.vocab import KG, resource

BROKEN_CALL = resource("call", "undated-only-one-party")
PUTIN = resource("person", "vladimir-putin")
NATO = resource("organization", "nato")


def with_bad_facts(real_graph_units):
    """The real units plus a call with one participant and a bad date, and a person whose
    kg:country is an organisation."""

    def units(*args, **kwargs):
        found = real_graph_units(*args, **kwargs)
        call = (
            (BROKEN_CALL, RDF.type, KG.PhoneCall),
            (BROKEN_CALL, KG.participant, PUTIN),
            (BROKEN_CALL, KG.date, Literal("yesterday")),
        )
        found.append(Unit(BROKEN_CALL, CALL_UNIT, ("004_0b87b1ea24356d80",), call))
        person = next(u for u in found if u.node == PUTIN)
        found[found.index(person)] = Unit(PUTIN, ENTITY_UNIT, person.articles, person.triples + ((PUTIN, KG.country, NATO),))
        return found

    return units


@pytest.fixture
def bad_facts(monkeypatch):
    monkeypatch.setattr(build_module, "graph_units", with_bad_facts(build_module.graph_units))


def test_facts_that_break_a_shape_are_dropped_and_reported(tmp_path, bad_facts):
    summary = build(out_dir=tmp_path, options=BuildOptions(jobs=1, explorer=False))
    assert (summary.calls, summary.dropped) == (6, 2)  # the call (two reasons) and Putin's kg:country
    graph = read_turtle(summary.graph_path)
    assert validate_graph(graph).conforms
    assert (BROKEN_CALL, None, None) not in graph
    assert (PUTIN, KG.country, NATO) not in graph and (PUTIN, KG.country, resource("country", "russia")) in graph
    report = json.loads(summary.report_path.read_text(encoding="utf-8"))
    assert report["facts_dropped"] == 2
    by_node = {(p["node"].rsplit("/", 1)[-1], p["rule"].split(": ")[0]): p for p in report["problems"]}
    # every constraint the broken call breaks is listed (participants, date, label, evidence …)
    assert {("undated-only-one-party", "kg:participant"), ("undated-only-one-party", "kg:date"), ("vladimir-putin", "kg:country")} <= set(by_node)
    assert {node for node, _ in by_node} == {"undated-only-one-party", "vladimir-putin"}
    country = by_node[("vladimir-putin", "kg:country")]
    assert (country["stage"], country["value"]) == ("validate", str(NATO))
    assert country["article"]  # the articles whose facts name Putin


def test_strict_stops_at_a_fact_that_breaks_a_shape_and_writes_nothing(tmp_path, bad_facts):
    with pytest.raises(BuildError) as raised:
        build(out_dir=tmp_path, options=BuildOptions(jobs=1, strict=True, cache=False))
    assert "breaks the ontology's shapes" in str(raised.value)
    report = raised.value.report
    assert "undated-only-one-party" in report and "kg:country" in report
    assert list(tmp_path.iterdir()) == []


def test_an_unreadable_article_is_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("أجرى أردوغان اتصالا هاتفيا مع بوتين.", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "c.txt").write_text("   \n", encoding="utf-8")
    (corpus / "d.txt").write_text("No Arabic here at all.", encoding="utf-8")
    summary = build(corpus, tmp_path / "out", BuildOptions(jobs=1, explorer=False))
    assert (summary.articles, summary.skipped, summary.calls) == (4, 3, 1)
    problems = json.loads(summary.report_path.read_text(encoding="utf-8"))["problems"]
    assert [(p["article"], p["stage"], p["problem"]) for p in problems] == [
        ("b", "read", "binary data, not text (3 control characters, the first U+0000)"),
        ("c", "read", "the article is empty"),
        ("d", "read", "no Arabic text in the article"),
    ]


def test_an_extractor_failure_costs_only_its_article(tmp_path, monkeypatch):
    import kg.build.extraction as extraction

    real = extraction.extract_article

    def fail_on_b(doc, article, gazetteer):
        if article.id == "b":
            raise ValueError("an extractor broke")
        return real(doc, article, gazetteer)

    monkeypatch.setattr(extraction, "extract_article", fail_on_b)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in "ab":
        (corpus / f"{name}.txt").write_text("أجرى أردوغان اتصالا هاتفيا مع بوتين.", encoding="utf-8")
    summary = build(corpus, tmp_path / "out", BuildOptions(jobs=1, explorer=False, cache=False))
    assert (summary.skipped, summary.calls) == (1, 1)
    [problem] = json.loads(summary.report_path.read_text(encoding="utf-8"))["problems"]
    assert (problem["article"], problem["stage"]) == ("b", "extract")
    assert problem["problem"].startswith("ValueError: an extractor broke")
    graph = read_turtle(summary.graph_path)
    assert (URIRef(resource("article", "a")), RDF.type, KG.Article) in graph
    assert (URIRef(resource("article", "b")), None, None) not in graph


def test_undated_calls_of_two_articles_are_two_nodes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("p", "q"):  # no metadata: no publication date, and the text dates nothing
        (corpus / f"{name}.txt").write_text("أجرى أردوغان اتصالا هاتفيا مع بوتين.", encoding="utf-8")
    summary = build(corpus, tmp_path / "out", BuildOptions(jobs=1, explorer=False))
    graph = read_turtle(summary.graph_path)
    calls = sorted(str(c).rsplit("/", 1)[-1] for c in graph.subjects(RDF.type, KG.PhoneCall))
    assert calls == ["undated-p-recep-tayyip-erdogan--vladimir-putin", "undated-q-recep-tayyip-erdogan--vladimir-putin"]
