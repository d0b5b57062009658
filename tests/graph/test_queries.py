"""Named SPARQL queries on the mini graph (Oxigraph store), parameters, output formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.graph.query import (
    QueryResult,
    bind_values,
    format_csv,
    format_json,
    format_table,
    list_named_queries,
    load_named_query,
    parse_named_query,
    run_named_query,
    run_query,
)
from kg.paths import queries_dir
from kg.vocab import KGR

MINI_GRAPH = Path(__file__).resolve().parents[1] / "data" / "mini_graph.ttl"
QUERY_NAMES = ["actor-calls", "actor-evidence", "agreements-regions", "calls-about-region",
               "spoke-with", "who-called-whom"]
CALL_1 = str(KGR["call/2019-05-13-recep-tayyip-erdogan--vladimir-putin"])
CALL_2 = str(KGR["call/2020-02-20-angela-merkel--emmanuel-macron--vladimir-putin"])
CALL_3 = str(KGR["call/001_a0fffd0fd3cd9236-recep-tayyip-erdogan--vladimir-putin"])


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph(store="Oxigraph").parse(MINI_GRAPH, format="turtle")


def run(graph: Graph, name: str, **bindings: str) -> list[dict[str, str | None]]:
    return run_named_query(graph, name, bindings or None).as_dicts()


def column(rows: list[dict[str, str | None]], key: str) -> list[str | None]:
    return [row[key] for row in rows]


# --- headers -------------------------------------------------------------------


def test_all_queries_are_listed() -> None:
    assert [q.name for q in list_named_queries()] == QUERY_NAMES


@pytest.mark.parametrize("path", sorted(queries_dir().glob("*.rq")), ids=lambda p: p.stem)
def test_rq_headers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# name: ")
    query = parse_named_query(text)
    assert query.name == path.stem
    assert len(query.description) > 20
    assert "ORDER BY" in text
    for param in query.params:
        assert param.description, param
        assert re.search(rf"\?{param.name}\b", text), param.name


def test_param_headers_are_parsed() -> None:
    query = load_named_query("actor-calls.rq")
    assert query.param_names == ("actorName",)
    assert query.params[0].description.startswith("part of a name of the actor")
    assert "initiator(s)" in query.description  # continuation line joined
    assert load_named_query("who-called-whom").params == ()


def test_unknown_query_lists_available_names() -> None:
    with pytest.raises(KeyError, match="available: actor-calls, actor-evidence"):
        load_named_query("nope")


# --- each query on the mini graph ---------------------------------------------------


def test_who_called_whom(graph: Graph) -> None:
    rows = run(graph, "who-called-whom")
    assert [(r["date"], r["caller_en"], r["callee_en"], r["call"]) for r in rows] == [
        ("2019-05-13", "Recep Tayyip Erdoğan", "Vladimir Putin", CALL_1),
        ("2020-02-20", "Angela Merkel", "Vladimir Putin", CALL_2),
        ("2020-02-20", "Emmanuel Macron", "Vladimir Putin", CALL_2),
    ]
    assert rows[0]["caller_ar"] == "رجب طيب أردوغان" and rows[0]["callee_ar"] == "فلاديمير بوتين"


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


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_memory_store_gives_the_same_rows(graph: Graph, name: str) -> None:
    memory = Graph().parse(MINI_GRAPH, format="turtle")
    query = load_named_query(name)
    for bindings in [None] + [{p.name: "بوتين"} for p in query.params]:
        assert run_query(memory, query.text, bindings) == run_query(graph, query.text, bindings)


# --- parameters ----------------------------------------------------------------------


def test_binding_values_are_escaped(graph: Graph) -> None:
    assert run(graph, "actor-calls", actorName='x" } UNION { ?call ?p ?o') == []


def test_bindings_must_name_query_variables(graph: Graph) -> None:
    with pytest.raises(ValueError, match="no parameter regionName"):
        run_named_query(graph, "actor-calls", {"regionName": "x"})
    with pytest.raises(ValueError, match="no variable"):
        run_query(graph, "SELECT ?s WHERE { ?s ?p ?o }", {"actorName": "x"})
    with pytest.raises(ValueError, match="Not a SPARQL variable"):
        run_query(graph, "SELECT ?s WHERE { ?s ?p ?o }", {"s o": "x"})


def test_values_block_skips_comments_strings_and_iris() -> None:
    sparql = ('# WHERE { in a comment\nPREFIX ex: <http://ex.org/{x}#>\n'
              'SELECT ?s ?n WHERE { ?s ex:p "WHERE {" . FILTER(?n = ?n) }')
    bound = bind_values(sparql, {"?n": "v"})
    assert bound.index('VALUES (?n) { ("v") }') == sparql.index("?n WHERE {") + len("?n WHERE {") + 1


def test_run_query_renders_terms(graph: Graph) -> None:
    result = run_query(graph, "SELECT ?s ?missing WHERE { ?s a ?t } ORDER BY ?s LIMIT 1")
    assert result.columns == ("s", "missing")
    assert result.rows == ((str(KGR["agreement/idlib-ceasefire"]), None),)


# --- output formats ------------------------------------------------------------------

RESULT = QueryResult(columns=("name", "date"), rows=(("بوتين, \"V\"", None), ("Erdoğan", "2019-05-13")))


def test_format_csv() -> None:
    rows = list(csv.reader(io.StringIO(format_csv(RESULT))))
    assert rows == [["name", "date"], ["بوتين, \"V\"", ""], ["Erdoğan", "2019-05-13"]]


def test_format_json() -> None:
    assert json.loads(format_json(RESULT)) == [
        {"name": "بوتين, \"V\"", "date": None}, {"name": "Erdoğan", "date": "2019-05-13"}]
    assert "بوتين" in format_json(RESULT)  # not \u-escaped


def test_format_table(graph: Graph) -> None:
    table = format_table(run_named_query(graph, "spoke-with"), width=300)
    assert "\x1b[" not in table
    assert "a_en" in table and "Recep Tayyip Erdoğan" in table
    assert "kgr:person/vladimir-putin" in table
    assert "4 row(s)" in table
