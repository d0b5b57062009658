"""Named SPARQL queries answered on the mini graph (Oxigraph store, and rdflib's own store)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.graph.query import list_named_queries, load_named_query, run_named_query, run_query
from kg.vocab import KGR

CALL_1 = str(KGR["call/2019-05-13-recep-tayyip-erdogan--vladimir-putin"])
CALL_2 = str(KGR["call/2020-02-20-angela-merkel--emmanuel-macron--vladimir-putin"])
CALL_3 = str(KGR["call/001_a0fffd0fd3cd9236-recep-tayyip-erdogan--vladimir-putin"])


def run(graph: Graph, name: str, **bindings: str) -> list[dict[str, str | None]]:
    return run_named_query(graph, name, bindings or None).as_dicts()


def column(rows: list[dict[str, str | None]], key: str) -> list[str | None]:
    return [row[key] for row in rows]


# --- each query on the mini graph ---------------------------------------------------


def test_who_called_whom(graph: Graph) -> None:
    rows = run(graph, "who-called-whom")
    assert [(r["date"], r["caller_en"], r["callee_en"], r["call"]) for r in rows] == [
        ("2019-05-13", "Recep Tayyip Erdoğan", "Vladimir Putin", CALL_1),
        ("2020-02-20", "Angela Merkel", "Vladimir Putin", CALL_2),
        ("2020-02-20", "Emmanuel Macron", "Vladimir Putin", CALL_2),
    ]
    assert rows[0]["caller_ar"] == "رجب طيب أردوغان" and rows[0]["callee_ar"] == "فلاديمير بوتين"


@pytest.mark.parametrize(("name", "expected"), [
    ("putin", [("Recep Tayyip Erdoğan", "Vladimir Putin"), ("Angela Merkel", "Vladimir Putin"),
               ("Emmanuel Macron", "Vladimir Putin")]),
    ("ماكرون", [("Emmanuel Macron", "Vladimir Putin")]),  # he placed the call: never a callee
    ("ERDOGAN", [("Recep Tayyip Erdoğan", "Vladimir Putin")]),
    ("libya", []),
])
def test_who_called_whom_for_a_caller_or_callee(graph: Graph, name: str, expected: list) -> None:
    rows = run(graph, "who-called-whom", actorName=name)
    assert [(r["caller_en"], r["callee_en"]) for r in rows] == expected
    assert rows == [r for r in run(graph, "who-called-whom") if (r["caller_en"], r["callee_en"]) in expected]


def test_actor_calls_unbound_lists_every_participant(graph: Graph) -> None:
    rows = run(graph, "actor-calls")
    assert len(rows) == 7
    assert column(rows, "date") == [None, None, "2019-05-13", "2019-05-13", "2020-02-20", "2020-02-20", "2020-02-20"]


@pytest.mark.parametrize("name", ["erdo", "ERDOĞAN", "أردوغان", "اردوغان"])
def test_actor_calls_matches_labels_and_aliases(graph: Graph, name: str) -> None:
    rows = run(graph, "actor-calls", actorName=name)
    assert [(r["date"], r["call"], r["others_en"], r["initiators_en"]) for r in rows] == [
        (None, CALL_3, "Vladimir Putin", None),
        ("2019-05-13", CALL_1, "Vladimir Putin", "Recep Tayyip Erdoğan"),
    ]


def test_actor_calls_group_concat(graph: Graph) -> None:
    (row,) = run(graph, "actor-calls", actorName="ميركل")
    assert row["actor_en"] == "Angela Merkel"
    assert row["others_en"] == "Emmanuel Macron | Vladimir Putin"
    assert row["others_ar"] == "إيمانويل ماكرون | فلاديمير بوتين"
    assert row["initiators_en"] == "Angela Merkel | Emmanuel Macron"


def test_agreements_regions(graph: Graph) -> None:
    assert run(graph, "agreements-regions") == [{
        "agreement_ar": "اتفاق وقف إطلاق النار في إدلب", "agreement_en": "Idlib ceasefire",
        "region_ar": "منطقة خفض التصعيد في إدلب", "region_en": "Idlib de-escalation zone",
        "parent_ar": "إدلب", "parent_en": "Idlib", "country_ar": "سوريا", "country_en": "Syria",
        "agreement": str(KGR["agreement/idlib-ceasefire"]),
        "region": str(KGR["region/idlib-de-escalation-zone"]),
        "parent": str(KGR["region/idlib"]), "country": str(KGR["country/syria"]),
    }]


def test_actor_evidence_for_a_country_party_to_an_agreement(graph: Graph) -> None:
    (row,) = run(graph, "actor-evidence", actorName="turkey")
    assert (row["kind"], row["article_id"], row["start"], row["end"]) == (
        "agreement", "000_c995f5e66b655fd3", "221", "476")
    assert row["quote"].startswith("وأشار بيان صادر من الكرملين")
    assert row["relation"] == str(KGR["agreement/idlib-ceasefire"])


def test_actor_evidence_for_a_person(graph: Graph) -> None:
    rows = run(graph, "actor-evidence", actorName="Putin")
    assert [(r["kind"], r["article_id"], r["start"], r["end"]) for r in rows] == [
        ("call", "000_c995f5e66b655fd3", "102", "219"),
        ("call", "000_c995f5e66b655fd3", "221", "476"),
        ("call", "001_a0fffd0fd3cd9236", "146", "316"),
        ("call", "001_a0fffd0fd3cd9236", "1222", "1295"),
        ("call", "001_a0fffd0fd3cd9236", "2621", "2804"),
    ]
    assert len(run(graph, "actor-evidence")) == 14


def test_calls_about_region_follows_part_of(graph: Graph) -> None:
    rows = run(graph, "calls-about-region", regionName="syria")
    assert [(r["date"], r["region_en"], r["call"]) for r in rows] == [
        (None, "Idlib de-escalation zone", CALL_3),
        ("2019-05-13", "Idlib", CALL_1),
        ("2020-02-20", "Idlib", CALL_2),
        ("2020-02-20", "Syria", CALL_2),
    ]
    assert rows[2]["participants_en"] == "Angela Merkel | Emmanuel Macron | Vladimir Putin"
    assert rows[1]["participants_ar"] == "رجب طيب أردوغان | فلاديمير بوتين"


@pytest.mark.parametrize(("name", "calls"), [("إدلب", 3), ("de-escalation", 1), ("libya", 0)])
def test_calls_about_region_filters(graph: Graph, name: str, calls: int) -> None:
    assert len(run(graph, "calls-about-region", regionName=name)) == calls
    assert len(run(graph, "calls-about-region")) == 4


def test_spoke_with(graph: Graph) -> None:
    rows = run(graph, "spoke-with")
    assert [(r["a_en"], r["b_en"], r["calls"], r["last_date"]) for r in rows] == [
        ("Recep Tayyip Erdoğan", "Vladimir Putin", "2", "2019-05-13"),
        ("Angela Merkel", "Emmanuel Macron", "1", "2020-02-20"),
        ("Angela Merkel", "Vladimir Putin", "1", "2020-02-20"),
        ("Emmanuel Macron", "Vladimir Putin", "1", "2020-02-20"),
    ]
    assert len(run(graph, "spoke-with", actorName="ماكرون")) == 2


@pytest.mark.parametrize("name", [q.name for q in list_named_queries()])
def test_memory_store_gives_the_same_rows(graph: Graph, mini_graph_path, name: str) -> None:
    memory = Graph().parse(mini_graph_path, format="turtle")
    query = load_named_query(name)
    for bindings in [None] + [{p.name: "بوتين"} for p in query.params]:
        assert run_query(memory, query.text, bindings) == run_query(graph, query.text, bindings)


@pytest.mark.parametrize("query", [q for q in list_named_queries() if q.params], ids=lambda q: q.name)
def test_no_match_gives_no_rows_on_both_stores(graph: Graph, mini_graph_path, query) -> None:
    memory = Graph().parse(mini_graph_path, format="turtle")
    bindings = {p: "no such name" for p in query.param_names}
    assert run_query(graph, query.text, bindings).rows == ()
    assert run_query(memory, query.text, bindings).rows == ()


# Alpha–Beta: an undated call and a dated one; Beta–Gamma: the dated one and an undated one;
# Gamma has no English label; call 1 names its initiator.
SMALL_GRAPH = """@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
ex:call1 a kg:PhoneCall ; kg:participant ex:alpha , ex:beta ; kg:initiator ex:beta .
ex:call2 a kg:PhoneCall ; kg:participant ex:alpha , ex:beta , ex:gamma ; kg:date "2020-01-02"^^xsd:date .
ex:call3 a kg:PhoneCall ; kg:participant ex:beta , ex:gamma .
ex:call4 a kg:PhoneCall ; kg:participant ex:gamma , ex:delta .
ex:alpha rdfs:label "ألفا"@ar , "Alpha"@en .
ex:beta rdfs:label "بيتا"@ar , "Beta"@en .
ex:gamma rdfs:label "غاما"@ar .
"""


@pytest.mark.parametrize("store", ["Oxigraph", "default"])
def test_spoke_with_counts_undated_calls(store: str) -> None:
    graph = Graph(store=store).parse(data=SMALL_GRAPH, format="turtle")
    rows = run_named_query(graph, "spoke-with").as_dicts()
    assert [(r["a_en"], r["b_ar"], r["calls"], r["last_date"]) for r in rows] == [
        ("Alpha", "بيتا", "2", "2020-01-02"), ("Beta", "غاما", "2", "2020-01-02"),
        (None, "غاما", "1", None), ("Alpha", "غاما", "1", "2020-01-02")]  # ex:delta has no label
    rows = run_named_query(graph, "spoke-with", {"actorName": "غاما"}).as_dicts()
    assert [(r["a"], r["calls"], r["last_date"]) for r in rows] == [
        ("http://example.org/beta", "2", "2020-01-02"), ("http://example.org/delta", "1", None),
        ("http://example.org/alpha", "1", "2020-01-02")]


@pytest.mark.parametrize("store", ["Oxigraph", "default"])
def test_actor_calls_lists_and_unlabelled_participants(store: str) -> None:
    graph = Graph(store=store).parse(data=SMALL_GRAPH, format="turtle")
    rows = run_named_query(graph, "actor-calls", {"actorName": "alpha"}).as_dicts()
    assert [(r["call"], r["others_en"], r["others_ar"], r["initiators_en"]) for r in rows] == [
        ("http://example.org/call1", "Beta", "بيتا", "Beta"),
        ("http://example.org/call2", "Beta", "بيتا | غاما", None)]
    everyone = run_named_query(graph, "actor-calls").as_dicts()
    assert len(everyone) == 9  # ex:delta, without a label, is still a participant
    assert ("http://example.org/delta", None, "غاما") in [(r["actor"], r["actor_ar"], r["others_ar"]) for r in everyone]


def test_binding_values_are_escaped(graph: Graph) -> None:
    assert run(graph, "actor-calls", actorName='x" } UNION { ?call ?p ?o') == []
