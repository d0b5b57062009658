"""The .rq files and their headers, how parameters are bound (VALUES blocks), output formats."""

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

QUERY_NAMES = ["actor-calls", "actor-evidence", "agreements-regions", "calls-about-region",
               "spoke-with", "who-called-whom"]


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



# --- parameters ----------------------------------------------------------------------


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
