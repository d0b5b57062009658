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
    parameter_markers,
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
    assert load_named_query("who-called-whom").param_names == ("actorName",)
    assert load_named_query("agreements-regions").params == ()


@pytest.mark.parametrize("query", [q for q in list_named_queries() if q.params], ids=lambda q: q.name)
def test_parameters_go_where_the_query_marks_them(query) -> None:
    markers = parameter_markers(query.text)
    assert markers, "a query with parameters marks where its VALUES block goes"
    assert "VALUES (" not in query.text  # unbound, the query runs as written
    bound = bind_values(query.text, {p: "x" for p in query.param_names})
    block = "VALUES (" + " ".join("?" + p for p in query.param_names) + ")"
    assert bound.count(block) == len(markers)
    lines = bound.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "# parameters":
            assert lines[i + 1].strip().startswith(block)


@pytest.mark.parametrize("query", list_named_queries(), ids=lambda q: q.name)
def test_sparql_clients_see_a_select(query) -> None:
    # SPARQLWrapper guesses the query type from the first keyword it finds, comments included
    # (a comment saying "drops" made it send who-called-whom as an update).
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper("http://localhost/query")
    client.setQuery(bind_values(query.text, {p: "x" for p in query.param_names}))
    assert client.queryType == "SELECT"
    client.setQuery(query.text)
    assert client.queryType == "SELECT"


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


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_memory_store_gives_the_same_rows(graph: Graph, name: str) -> None:
    memory = Graph().parse(MINI_GRAPH, format="turtle")
    query = load_named_query(name)
    for bindings in [None] + [{p.name: "بوتين"} for p in query.params]:
        assert run_query(memory, query.text, bindings) == run_query(graph, query.text, bindings)


@pytest.mark.parametrize("query", [q for q in list_named_queries() if q.params], ids=lambda q: q.name)
def test_no_match_gives_no_rows_on_both_stores(graph: Graph, query) -> None:
    memory = Graph().parse(MINI_GRAPH, format="turtle")
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


MARKED = """PREFIX ex: <http://ex.org/>
SELECT ?s WHERE {
  { SELECT ?s WHERE {
      # parameters
      ?s ex:name ?name FILTER (!BOUND(?n) || ?name IN (?n, ?m))
  } }
  {
    #parameters
    ?s ex:p "# parameters"
  }
}"""


def test_values_block_goes_after_each_parameters_line() -> None:
    bound = bind_values(MARKED, {"n": 'a "b"', "m": "c"}).splitlines()
    block = r'VALUES (?n ?m) { ("a \"b\"" "c") }'
    assert bound[3:5] == ["      # parameters", "      " + block]
    assert bound[8:10] == ["    #parameters", "    " + block]
    assert sum(block in line for line in bound) == 2  # not after the "# parameters" string
    assert bind_values(MARKED, {}) == MARKED


def test_parameters_lines_in_strings_and_headers_do_not_count() -> None:
    sparql = ("# param: n — a name\n# parameters: not alone on its line\n"
              'SELECT ?s WHERE { ?s <http://ex.org/p> """\n# parameters\n""" FILTER(?s != ?n) }')
    assert parameter_markers(sparql) == []
    bound = bind_values(sparql, {"n": "v"})  # no marker: the outermost WHERE group
    assert bound.index('VALUES (?n) { ("v") }') == sparql.index("?s WHERE {") + len("?s WHERE {") + 1


def test_values_inside_a_subquery_reach_it(graph: Graph) -> None:
    # Oxigraph evaluates a subquery on its own: a VALUES block opening the outer WHERE group
    # would not bind ?name inside it, and every labelled resource would come back.
    sparql = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s WHERE {
  { SELECT DISTINCT ?s WHERE {
      # parameters
      ?s rdfs:label ?label FILTER (!BOUND(?name) || STR(?label) = ?name)
  } }
}"""
    assert run_query(graph, sparql, {"name": "Vladimir Putin"}).rows == ((str(KGR["person/vladimir-putin"]),),)
    assert len(run_query(graph, sparql).rows) > 5


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
