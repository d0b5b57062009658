"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint (Oxigraph behind a gateway), queried as a
client would with SPARQLWrapper; updates are refused and leave the data unchanged."""

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper

from kg.graph.query import load_named_query
from kg.graph.store import store_beside
from kg.serve import ServeError, start_endpoint

COUNT_CALLS = "PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:PhoneCall }"


@pytest.fixture(scope="module", params=[True, False], ids=["in-memory", "on-disk"])
def endpoint(sample_build, request):
    served = start_endpoint(sample_build.graph_path, port=0, timeout=10, max_result_bytes=200_000, memory=request.param)
    yield served
    served.stop()


def client(endpoint, fmt=JSON, method=None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{endpoint.url}/query")
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


def count_calls(endpoint) -> int:
    sparql = client(endpoint)
    sparql.setQuery(COUNT_CALLS)
    return int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"])


def test_a_named_query_answers_in_json(endpoint):
    sparql = client(endpoint)
    sparql.setQuery(load_named_query("who-called-whom").text)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert len(rows) >= 4
    assert {"Recep Tayyip Erdoğan", "Angela Merkel"} <= {r[v]["value"] for r in rows for v in r if v.startswith("caller")}


@pytest.mark.parametrize("fmt", [XML, CSV, TSV])
def test_results_come_in_every_format(endpoint, fmt):
    sparql = client(endpoint, fmt)
    sparql.setQuery(COUNT_CALLS)
    raw = sparql.query().response.read().decode("utf-8")
    if fmt == XML:
        assert "<sparql" in raw and ">6<" in raw
    else:
        rows = list(csv.reader(io.StringIO(raw), delimiter="," if fmt == CSV else "\t"))
        assert rows[0][0].lstrip("?") == "n" and rows[1][0].split("^^")[0].strip('"') == "6"


def test_post_and_form_encoded_queries(endpoint):
    assert count_calls(endpoint) == 6
    sparql = client(endpoint, method=POST)
    sparql.setQuery(COUNT_CALLS)
    assert sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "6"
    form = urllib.parse.urlencode({"query": COUNT_CALLS}).encode()
    request = urllib.request.Request(f"{endpoint.url}/query", data=form, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request) as answer:
        assert json.load(answer)["results"]["bindings"][0]["n"]["value"] == "6"
        assert answer.headers["Access-Control-Allow-Origin"] == "*"


def test_updates_are_refused_and_change_nothing(endpoint):
    update = "PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> INSERT DATA { <urn:x> a kg:PhoneCall }"
    for path, body, content_type in (
        ("/update", update, "application/sparql-update"),
        ("/update", urllib.parse.urlencode({"update": update}), "application/x-www-form-urlencoded"),
        ("/query", update, "application/sparql-query"),
        ("/store?default", "<urn:x> a <https://w3id.org/arabic-news-kg/ontology#PhoneCall> .", "text/turtle"),
    ):
        request = urllib.request.Request(endpoint.url + path, data=body.encode(), headers={"Content-Type": content_type})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code in (400, 403)
    assert count_calls(endpoint) == 6


def test_a_result_over_the_size_bound_is_refused(endpoint):
    sparql = client(endpoint, CSV)
    sparql.setQuery("SELECT * WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 } LIMIT 100000")  # far more than 200 kB
    with pytest.raises(Exception) as refused:
        sparql.query()
    assert "413" in str(refused.value) or "LIMIT" in str(refused.value)


def test_the_explorer_is_served_at_the_root(endpoint):
    with urllib.request.urlopen(endpoint.url + "/") as answer:
        page = answer.read().decode("utf-8")
    assert answer.status == 200 and "<html" in page.lower() and "vis" in page


def test_cors_preflight_is_answered(endpoint):
    request = urllib.request.Request(endpoint.url + "/query", method="OPTIONS", headers={"Origin": "https://yasgui.example"})
    with urllib.request.urlopen(request) as answer:
        assert answer.status == 204
        assert "POST" in answer.headers["Access-Control-Allow-Methods"]


def test_a_query_over_the_time_bound_is_an_error_not_a_broken_result(sample_build):
    slow = start_endpoint(sample_build.graph_path, port=0, timeout=1)
    try:
        sparql = client(slow)
        # a cross product of the graph with itself, three times over: far longer than a second
        sparql.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        with pytest.raises(Exception) as refused:
            sparql.queryAndConvert()
        assert "504" in str(refused.value) or "time" in str(refused.value).lower()
    finally:
        slow.stop()


def test_a_store_alone_is_loaded_into_memory(sample_build):
    """--store without graph.ttl: the store's triples are dumped and loaded into the engine."""
    served = start_endpoint(store=store_beside(sample_build.graph_path), port=0, timeout=10, memory=True)
    try:
        assert served.data.graph is None
        assert count_calls(served) == 6
    finally:
        served.stop()


def test_serving_a_missing_graph_is_a_clear_error(tmp_path):
    with pytest.raises(ServeError, match="no such graph file"):
        start_endpoint(tmp_path / "graph.ttl", port=0)
